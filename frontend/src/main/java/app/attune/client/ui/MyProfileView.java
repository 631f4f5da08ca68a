package app.attune.client.ui;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.client.ClientService;
import app.attune.client.MyContactForm;
import app.attune.security.Role;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A client's own contact details, which they keep up to date themselves. */
@Route("my-profile")
@PageTitle("title.my-profile")
@Menu(order = 1, title = "menu.my-profile", icon = "vaadin:user")
@RolesAllowed(Role.Names.CLIENT)
class MyProfileView extends Main {

    private final ClientService clients;
    private final BeanValidationBinder<MyContactForm> binder = new BeanValidationBinder<>(MyContactForm.class);
    private long version;

    MyProfileView(ClientService clients) {
        this.clients = clients;
        addClassName("attune-my-profile");
        var profile = clients.myProfile();
        version = profile.version();

        var email = new EmailField(getTranslation("client.email"));
        // The field's own check speaks the same words as the form's rule.
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("field.email.invalid")));
        binder.forField(email).withNullRepresentation("").bind("email");
        var phone = new TextField(getTranslation("client.phone"));
        binder.forField(phone).withNullRepresentation("").bind("phone");
        var emergencyName = new TextField(getTranslation("client.emergency-name"));
        binder.forField(emergencyName).withNullRepresentation("").bind("emergencyName");
        var emergencyPhone = new TextField(getTranslation("client.emergency-phone"));
        binder.forField(emergencyPhone).withNullRepresentation("").bind("emergencyPhone");
        var emergencyRelationship = new TextField(getTranslation("client.emergency-relationship"));
        binder.forField(emergencyRelationship).withNullRepresentation("").bind("emergencyRelationship");
        binder.readRecord(profile.contact());

        var form = new FormLayout(
                email,
                phone,
                new H2(getTranslation("client.emergency-contact")),
                emergencyName,
                emergencyPhone,
                emergencyRelationship);
        form.setAutoResponsive(true);
        form.setExpandColumns(true);
        form.setExpandFields(true);
        var save = new Button(getTranslation("my-profile.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        String name = profile.preferredName() != null ? profile.preferredName() : profile.legalName();
        add(
                new H1(getTranslation("my-profile.heading")),
                new Paragraph(getTranslation("my-profile.intro", name, profile.therapistName())),
                form,
                save);
    }

    private void save() {
        try {
            // The version is the one read, so a change made elsewhere meanwhile is noticed.
            clients.updateMyContact(binder.writeRecord(), version);
            var saved = clients.myProfile();
            version = saved.version();
            binder.readRecord(saved.contact());
            FormProblems.success(getTranslation("my-profile.saved"));
        } catch (ValidationException e) {
            // The problems already show on their fields.
        } catch (InvalidInputException e) {
            FormProblems.show(binder, e);
        } catch (ConcurrentEditException e) {
            FormProblems.error(getTranslation("my-profile.conflict"));
        }
    }
}
