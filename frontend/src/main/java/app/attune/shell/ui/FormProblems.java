package app.attune.shell.ui;

import app.attune.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;

/** Shows a service's refusal on the fields it names, so the person sees each problem where it is. */
public final class FormProblems {

    private FormProblems() {}

    /** Marks each named field invalid with its message; a problem without a field on the form becomes a notice. */
    public static void show(Binder<?> binder, InvalidInputException e) {
        for (var problem : e.problems()) {
            var binding = binder.getBinding(problem.field());
            if (binding.isPresent() && binding.get().getField() instanceof HasValidation field) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            } else {
                error(problem.message());
            }
        }
    }

    /** The same for a form without a binder: each problem goes on the field its name maps to. */
    public static void show(Map<String, ? extends HasValidation> fields, InvalidInputException e) {
        for (var problem : e.problems()) {
            var field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            } else {
                error(problem.message());
            }
        }
    }

    /** A short notice that something could not be done, in the error colour, read out by screen readers. */
    public static void error(String message) {
        var n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A short notice that something worked. */
    public static void success(String message) {
        var n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
