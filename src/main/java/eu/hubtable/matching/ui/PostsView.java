package eu.hubtable.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.PostCard;
import eu.hubtable.matching.PostDirection;
import eu.hubtable.matching.PostFilter;
import eu.hubtable.matching.PostKind;
import eu.hubtable.matching.PostRefused;
import eu.hubtable.matching.Posts;
import eu.hubtable.member.ContactState;
import eu.hubtable.member.ContactStatus;
import eu.hubtable.organisation.Organisations;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Stream;

/**
 * What members offer and seek: one search box (title, text, tags), filters, the live posts as
 * cards, a private answer to each; my own posts to withdraw; and the form to post.
 */
@Route("posts")
@PermitAll
@Menu(title = "nav.posts", order = 6, icon = "vaadin:exchange")
public class PostsView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 60;

    private final Posts posts;
    private final long me;
    private final TextField search = new TextField();
    private final Select<PostDirection> direction = new Select<>();
    private final ComboBox<PostKind> kind = new ComboBox<>();
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final Paragraph count = new Paragraph();
    private final Div list = new Div();
    private final Div mine = new Div();

    public PostsView(Posts posts, Organisations organisations, CurrentMember currentMember) {
        this.posts = posts;
        this.me = currentMember.require().memberId();
        addClassName("page");
        Button publish = new Button(getTranslation("posts.publish"),
                click -> new PostDialog(posts, organisations.mine(), this::show).open());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish-post");
        Div top = new Div(new H1(getTranslation("posts.title")), publish);
        top.addClassName("page-top");
        search.setPlaceholder(getTranslation("posts.search"));
        search.setId("post-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        direction.setItems(PostDirection.values());
        direction.setItemLabelGenerator(d -> d == null ? getTranslation("posts.filter.direction") : getTranslation("post.direction." + d.name()));
        direction.setEmptySelectionAllowed(true);
        direction.setEmptySelectionCaption(getTranslation("posts.filter.direction"));
        direction.setId("post-direction-filter");
        kind.setPlaceholder(getTranslation("posts.filter.kind"));
        kind.setItems(PostKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("post.kind." + k.name()));
        kind.setClearButtonVisible(true);
        kind.setId("post-kind-filter");
        sector.setPlaceholder(getTranslation("posts.filter.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        sector.setClearButtonVisible(true);
        sector.setId("post-sector-filter");
        country.setPlaceholder(getTranslation("posts.filter.country"));
        country.setItems(Countries.sortedFor(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        country.setClearButtonVisible(true);
        search.addValueChangeListener(change -> show());
        direction.addValueChangeListener(change -> show());
        kind.addValueChangeListener(change -> show());
        sector.addValueChangeListener(change -> show());
        country.addValueChangeListener(change -> show());
        Div filters = new Div(search, direction, kind, sector, country);
        filters.addClassName("control-row");
        count.setId("post-count");
        list.setId("post-list");
        list.addClassName("room-list");
        mine.setId("my-posts");
        add(top, filters, count, list, mine);
        show();
    }

    private void show() {
        PostFilter filter = new PostFilter(search.getValue(), direction.getValue(), kind.getValue(), sector.getValue(),
                country.getValue(), null);
        List<PostCard> found = posts.search(filter, 0, PAGE);
        count.setText(getTranslation("posts.count", posts.count(filter)));
        list.removeAll();
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("posts.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        found.forEach(post -> list.add(card(post, post.authorId() != me)));
        mine.removeAll();
        List<PostCard> own = posts.mine();
        if (!own.isEmpty()) {
            Div cards = new Div();
            cards.addClassName("room-list");
            own.forEach(post -> cards.add(card(post, false)));
            mine.add(new H2(getTranslation("posts.mine")), cards);
        }
    }

    private Div card(PostCard post, boolean answerable) {
        Span direction = new Span(getTranslation("post.direction." + post.direction().name()));
        direction.addClassNames("badge", post.direction() == PostDirection.OFFER ? "badge-offer" : "badge-need");
        Span kind = new Span(getTranslation("post.kind." + post.kind().name()));
        kind.addClassName("badge");
        Span title = new Span(post.title());
        title.addClassName("card-title");
        Paragraph body = new Paragraph(post.body());
        body.addClassName("preserve-lines");
        String by = post.organisationName() == null ? getTranslation("posts.by", post.authorName())
                : getTranslation("posts.by-for", post.authorName(), post.organisationName());
        Anchor author = new Anchor("members/" + post.authorId(), by);
        Paragraph where = new Paragraph(Stream.of(Countries.place(post.city(), post.countryCode(), getLocale()),
                        post.sectors().stream().map(s -> getTranslation(s.translationKey())).reduce((a, b) -> a + ", " + b).orElse(""),
                        String.join(" · ", post.tags()),
                        getTranslation("posts.expires", post.expiresOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(getLocale()))))
                .filter(part -> part != null && !part.isBlank()).reduce((a, b) -> a + " · " + b).orElse(""));
        where.addClassName("muted");
        Div card = new Div(new Div(direction, kind), title, body, author, where);
        card.addClassNames("card", "post-card");
        if (answerable) {
            Button answer = new Button(getTranslation("post.answer"), click -> answer(post));
            answer.addClassName("post-answer");
            card.add(answer);
        } else if (post.authorId() == me) {
            Button withdraw = new Button(getTranslation("posts.withdraw"), click -> {
                posts.withdraw(post.id());
                show();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            withdraw.addClassName("post-withdraw");
            card.add(withdraw);
        }
        return card;
    }

    private void answer(PostCard post) {
        Dialog dialog = new Dialog(getTranslation("post.answer"));
        TextArea message = new TextArea(getTranslation("post.answer.message"));
        message.setId("post-answer-message");
        message.setWidthFull();
        message.setMaxLength(eu.hubtable.member.Contacts.MAX_MESSAGE);
        Button send = new Button(getTranslation("post.answer.send"), click -> {
            try {
                ContactState state = posts.answer(post.id(), message.getValue());
                dialog.close();
                com.vaadin.flow.component.notification.Notification.show(getTranslation(state.status() == ContactStatus.CONTACTS
                        ? "post.answer.connected" : "post.answer.sent", post.authorName()));
            } catch (PostRefused refused) {
                message.setErrorMessage(getTranslation(refused.messageKey()));
                message.setInvalid(true);
            }
        });
        send.setId("post-answer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(post.title()), message);
        dialog.getFooter().add(new Button(getTranslation("post.form.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("posts.title") + " · " + getTranslation("app.name");
    }
}
