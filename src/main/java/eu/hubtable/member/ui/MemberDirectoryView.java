package eu.hubtable.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.core.vocabulary.Languages;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.DirectoryFilter;
import eu.hubtable.member.DirectoryOrder;
import eu.hubtable.member.Avatars;
import eu.hubtable.member.MemberCard;
import eu.hubtable.member.MemberDirectory;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Who else works on this? One search box, filters, a result count, and a lazy grid that pages in
 * the database, shown as a list or as cards (which also suit a phone).
 */
@Route("members")
@PermitAll
@Menu(title = "nav.members", order = 1, icon = "vaadin:users")
public class MemberDirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final TextField city = new TextField();
    private final Span count = new Span();
    private final Grid<MemberCard> grid = new Grid<>();
    private final Button toggle = new Button();
    private final MemberDirectory directory;
    private final Avatars avatars;
    private boolean cards;

    public MemberDirectoryView(MemberDirectory directory, Avatars avatars) {
        this.avatars = avatars;
        this.directory = directory;
        addClassName("page");
        setSizeFull();
        configureFilters();
        configureGrid();
        count.setId("result-count");
        toggle.setId("view-toggle");
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        toggle.addClickListener(e -> showCards(!cards));
        HorizontalLayout filters = new HorizontalLayout(search, sector, country, city, language);
        filters.addClassName("filters");
        filters.setWrap(true);
        HorizontalLayout summary = new HorizontalLayout(count, toggle);
        summary.setWidthFull();
        summary.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        summary.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H1(getTranslation("directory.members.title")), filters, summary, grid);
        showCards(false);
        refresh();
    }

    private void configureFilters() {
        var locale = getLocale();
        search.setPlaceholder(getTranslation("directory.search.placeholder"));
        search.setAriaLabel(getTranslation("directory.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("directory-search");
        search.setMaxLength(200);
        sector.setPlaceholder(getTranslation("directory.filter.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        sector.setClearButtonVisible(true);
        sector.setId("filter-sector");
        country.setPlaceholder(getTranslation("directory.filter.country"));
        country.setItems(Countries.sortedFor(locale));
        country.setItemLabelGenerator(code -> Countries.name(code, locale));
        country.setClearButtonVisible(true);
        country.setId("filter-country");
        language.setPlaceholder(getTranslation("directory.filter.language"));
        language.setItems(Languages.CODES);
        language.setItemLabelGenerator(code -> Languages.name(code, locale));
        language.setClearButtonVisible(true);
        language.setId("filter-language");
        city.setPlaceholder(getTranslation("directory.filter.city"));
        city.setClearButtonVisible(true);
        city.setValueChangeMode(ValueChangeMode.LAZY);
        city.setMaxLength(80);
        city.setId("filter-city");
        city.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("member-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MemberProfileView.class, e.getItem().id())));
        grid.setSizeFull();
    }

    private void showCards(boolean asCards) {
        cards = asCards;
        grid.removeAllColumns();
        if (asCards) {
            grid.addColumn(new ComponentRenderer<>(this::card)).setHeader(getTranslation("directory.column.member"));
            toggle.setText(getTranslation("directory.view.list"));
            toggle.setIcon(VaadinIcon.LIST.create());
        } else {
            grid.addColumn(MemberCard::displayName).setHeader(getTranslation("directory.column.name"))
                    .setSortable(true).setKey(DirectoryOrder.NAME.name()).setAutoWidth(true);
            grid.addColumn(card -> Objects.requireNonNullElse(card.headline(), "")).setHeader(getTranslation("directory.column.headline")).setFlexGrow(2);
            grid.addColumn(this::place).setHeader(getTranslation("directory.column.place"))
                    .setSortable(true).setKey(DirectoryOrder.CITY.name()).setAutoWidth(true);
            grid.addColumn(this::sectors).setHeader(getTranslation("directory.column.sectors")).setFlexGrow(2);
            toggle.setText(getTranslation("directory.view.cards"));
            toggle.setIcon(VaadinIcon.GRID_BIG.create());
        }
    }

    private Div card(MemberCard member) {
        Span name = new Span(member.displayName());
        name.addClassName("card-title");
        Div text = new Div(name, new Span(Objects.requireNonNullElse(member.headline(), "")), muted(place(member)), muted(sectors(member)));
        Div card = new Div(MemberAvatar.of(avatars, member.id(), member.displayName(), member.hasPicture()), text);
        card.addClassName("member-card");
        return card;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    private void refresh() {
        DirectoryFilter filter = filter();
        long total = directory.count(filter);
        count.setText(getTranslation("directory.count", total));
        grid.setItems(query -> {
            QuerySortOrder sort = query.getSortOrders().stream().findFirst().orElse(null);
            DirectoryOrder order = sort == null ? DirectoryOrder.NAME : DirectoryOrder.valueOf(sort.getSorted());
            boolean descending = sort != null && sort.getDirection() == SortDirection.DESCENDING;
            return directory.search(filter, order, descending, query.getOffset(), query.getLimit()).stream();
        });
    }

    private DirectoryFilter filter() {
        return new DirectoryFilter(search.getValue(), sector.getValue(), country.getValue(), city.getValue(), language.getValue());
    }

    private String place(MemberCard member) {
        return Countries.place(member.city(), member.countryCode(), getLocale());
    }

    private String sectors(MemberCard member) {
        return member.sectors().stream().map(s -> getTranslation(s.translationKey())).collect(Collectors.joining(" · "));
    }


    @Override
    public String getPageTitle() {
        return getTranslation("directory.members.title") + " · " + getTranslation("app.name");
    }
}
