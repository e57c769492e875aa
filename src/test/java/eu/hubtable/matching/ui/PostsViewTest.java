package eu.hubtable.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.matching.PostDirection;
import eu.hubtable.matching.PostKind;
import eu.hubtable.member.Contacts;
import eu.hubtable.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PostsViewTest extends KaribuTest {

    @Autowired
    Contacts contacts;

    @Test
    void aMemberPostsANeedAnotherFindsItAndAnswersPrivately() {
        MemberPrincipal tom = newMember("Tom Weber");
        MemberPrincipal lea = newMember("Léa Martin");
        login(tom);
        navigate("posts");
        _click(_get(Button.class, spec -> spec.withId("publish-post")));
        _setValue(_get(TextField.class, spec -> spec.withId("post-title")), "A laser cutter for one afternoon");
        _click(_get(Button.class, spec -> spec.withId("post-save")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("post-direction")).getErrorMessage())
                .isEqualTo("Say whether you offer or seek.");
        assertThat(_get(TextArea.class, spec -> spec.withId("post-body")).getErrorMessage()).isEqualTo("Describe it (up to 2,000 characters).");
        assertThat(_get(TextField.class, spec -> spec.withId("post-title")).getValue()).isEqualTo("A laser cutter for one afternoon");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<PostDirection> direction = _get(RadioButtonGroup.class, spec -> spec.withId("post-direction"));
        direction.setValue(PostDirection.NEED);
        @SuppressWarnings("unchecked")
        ComboBox<PostKind> kind = _get(ComboBox.class, spec -> spec.withId("post-kind"));
        kind.setValue(PostKind.SPACE_OR_EQUIPMENT);
        _setValue(_get(TextArea.class, spec -> spec.withId("post-body")), "Props for a <b>theatre</b> show");
        _setValue(_get(TextField.class, spec -> spec.withId("post-tags")), "fablab, props");
        _click(_get(Button.class, spec -> spec.withId("post-save")));
        assertThat(_get(Div.class, spec -> spec.withId("my-posts")).getElement().getTextRecursively())
                .contains("A laser cutter for one afternoon", "Props for a <b>theatre</b> show");

        login(lea);
        navigate("posts");
        _setValue(_get(TextField.class, spec -> spec.withId("post-search")), "fablab");
        assertThat(_get(Paragraph.class, spec -> spec.withId("post-count")).getText()).isEqualTo("1 post");
        _click(_get(Button.class, spec -> spec.withClasses("post-answer")));
        _setValue(_get(TextArea.class, spec -> spec.withId("post-answer-message")), "Our FabLab is free on Friday");
        _click(_get(Button.class, spec -> spec.withId("post-answer-send")));
        assertThat(_find(TextArea.class, spec -> spec.withId("post-answer-message"))).isEmpty();

        login(tom);
        assertThat(contacts.incoming()).singleElement().satisfies(request ->
                assertThat(request.message()).isEqualTo("«A laser cutter for one afternoon» Our FabLab is free on Friday"));
    }
}
