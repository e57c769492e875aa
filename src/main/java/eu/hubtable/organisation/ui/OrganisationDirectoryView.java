package eu.hubtable.organisation.ui;

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
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.organisation.OrganisationCard;
import eu.hubtable.organisation.OrganisationDirectory;
import eu.hubtable.organisation.OrganisationFilter;
import eu.hubtable.organisation.OrganisationKind;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** Companies, hubs, clusters, institutions and schools: one search box, filters, a lazy grid, list or cards. */
@Route("organisations")
@PermitAll
@Menu(title = "nav.organisations", order = 2, icon = "vaadin:building")
public class OrganisationDirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationDirectory directory;
    private final TextField search = new TextField();
    private final ComboBox<OrganisationKind> kind = new ComboBox<>();
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final TextField city = new TextField();
    private final Span count = new Span();
    private final Grid<OrganisationCard> grid = new Grid<>();
    private final Button toggle = new Button();
    private boolean cards;

    public OrganisationDirectoryView(OrganisationDirectory directory) {
        this.directory = directory;
        addClassName("page");
        setSizeFull();
        var locale = getLocale();
        search.setPlaceholder(getTranslation("organisations.search.placeholder"));
        search.setAriaLabel(getTranslation("organisations.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.setId("organisation-search");
        kind.setPlaceholder(getTranslation("organisations.filter.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name()));
        kind.setClearButtonVisible(true);
        kind.setId("filter-kind");
        sector.setPlaceholder(getTranslation("directory.filter.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        sector.setClearButtonVisible(true);
        country.setPlaceholder(getTranslation("directory.filter.country"));
        country.setItems(Countries.sortedFor(locale));
        country.setItemLabelGenerator(code -> Countries.name(code, locale));
        country.setClearButtonVisible(true);
        city.setPlaceholder(getTranslation("directory.filter.city"));
        city.setClearButtonVisible(true);
        city.setValueChangeMode(ValueChangeMode.LAZY);
        city.setMaxLength(80);
        search.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        city.addValueChangeListener(e -> refresh());
        grid.setId("organisation-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(OrganisationView.class, e.getItem().id())));
        count.setId("result-count");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.setId("view-toggle");
        toggle.addClickListener(e -> showCards(!cards));
        HorizontalLayout filters = new HorizontalLayout(search, kind, sector, country, city);
        filters.addClassName("filters");
        filters.setWrap(true);
        HorizontalLayout summary = new HorizontalLayout(count, toggle);
        summary.setWidthFull();
        summary.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        summary.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H1(getTranslation("organisations.title")), filters, summary, grid);
        showCards(false);
        refresh();
    }

    private void showCards(boolean asCards) {
        cards = asCards;
        grid.removeAllColumns();
        if (asCards) {
            grid.addColumn(new ComponentRenderer<>(this::card)).setHeader(getTranslation("organisations.column.organisation"));
            toggle.setText(getTranslation("directory.view.list"));
            toggle.setIcon(VaadinIcon.LIST.create());
        } else {
            grid.addColumn(OrganisationCard::name).setHeader(getTranslation("directory.column.name"))
                    .setSortable(true).setKey(OrganisationDirectory.Order.NAME.name()).setAutoWidth(true);
            grid.addColumn(o -> getTranslation("organisation.kind." + o.kind().name())).setHeader(getTranslation("organisations.column.kind"));
            grid.addColumn(this::place).setHeader(getTranslation("directory.column.place"))
                    .setSortable(true).setKey(OrganisationDirectory.Order.CITY.name()).setAutoWidth(true);
            grid.addColumn(this::sectors).setHeader(getTranslation("directory.column.sectors")).setFlexGrow(2);
            toggle.setText(getTranslation("directory.view.cards"));
            toggle.setIcon(VaadinIcon.GRID_BIG.create());
        }
    }

    private Div card(OrganisationCard organisation) {
        Span name = new Span(organisation.name());
        name.addClassName("card-title");
        Span kindBadge = new Span(getTranslation("organisation.kind." + organisation.kind().name()));
        kindBadge.addClassName("badge");
        Span place = new Span(place(organisation));
        place.addClassName("muted");
        Span sectors = new Span(sectors(organisation));
        sectors.addClassName("muted");
        Div card = new Div(name, kindBadge, place, sectors);
        card.addClassName("organisation-card");
        return card;
    }

    private void refresh() {
        OrganisationFilter filter = new OrganisationFilter(search.getValue(), sector.getValue(), kind.getValue(), country.getValue(),
                city.getValue());
        count.setText(getTranslation("organisations.count", directory.count(filter)));
        grid.setItems(query -> {
            QuerySortOrder sort = query.getSortOrders().stream().findFirst().orElse(null);
            var order = sort == null ? OrganisationDirectory.Order.NAME : OrganisationDirectory.Order.valueOf(sort.getSorted());
            boolean descending = sort != null && sort.getDirection() == SortDirection.DESCENDING;
            return directory.search(filter, order, descending, query.getOffset(), query.getLimit()).stream();
        });
    }

    private String place(OrganisationCard organisation) {
        return Countries.place(organisation.city(), organisation.countryCode(), getLocale());
    }

    private String sectors(OrganisationCard organisation) {
        return organisation.sectors().stream().map(s -> getTranslation(s.translationKey())).collect(Collectors.joining(" · "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title") + " · " + getTranslation("app.name");
    }
}
