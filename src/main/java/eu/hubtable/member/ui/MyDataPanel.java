package eu.hubtable.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.hubtable.member.ErasureRefused;
import eu.hubtable.member.MyData;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/** On my profile page: download all my data, or erase my account after confirming with my password. */
class MyDataPanel extends Div {

    MyDataPanel(MyData myData) {
        setId("my-data");
        addClassName("my-data");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = myData.export();
            return new DownloadResponse(new ByteArrayInputStream(json), "hubtable-my-data-" + LocalDate.now() + ".json",
                    "application/json", json.length);
        }), getTranslation("mydata.download"));
        download.setId("download-my-data");
        Button erase = new Button(getTranslation("erase.open"), click -> openEraseDialog(myData));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        erase.setId("erase-account");
        Paragraph explain = new Paragraph(getTranslation("mydata.explain"));
        explain.addClassName("muted");
        add(new H2(getTranslation("mydata.title")), explain, new Div(download), erase);
    }

    private void openEraseDialog(MyData myData) {
        Dialog dialog = new Dialog(getTranslation("erase.title"));
        Paragraph warning = new Paragraph(getTranslation("erase.warning"));
        PasswordField password = new PasswordField(getTranslation("erase.password"));
        password.setId("erase-password");
        password.setWidthFull();
        Button confirm = new Button(getTranslation("erase.confirm"), click -> {
            try {
                myData.erase(password.getValue());
                dialog.close();
                // every session of mine has ended: a full page load lands on the sign-in page
                getUI().ifPresent(ui -> ui.getPage().setLocation("login?erased"));
            } catch (ErasureRefused refused) {
                password.setErrorMessage(getTranslation(refused.messageKey()));
                password.setInvalid(true);
            }
        });
        confirm.setId("erase-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("contacts.cancel"), click -> dialog.close());
        dialog.add(warning, password);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
