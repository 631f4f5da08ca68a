package app.attune.scheduling.ui;

import app.attune.scheduling.feed.CalendarFeedService;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The therapist's private calendar subscription. The address is shown once, when made: only its hash is kept, so a
 * lost address is replaced, never recovered.
 */
class CalendarFeedDialog extends Dialog {

    private final CalendarFeedService feeds;
    private final String publicUrl;
    private final ZoneId zone;

    CalendarFeedDialog(CalendarFeedService feeds, String publicUrl, ZoneId zone) {
        this.feeds = feeds;
        this.zone = zone;
        this.publicUrl = publicUrl;
        setHeaderTitle(getTranslation("feed.heading"));
        setWidth("min(36rem, 100vw)");
        showState(null);
    }

    private void showState(@Nullable String freshToken) {
        removeAll();
        getFooter().removeAll();
        add(new Paragraph(getTranslation("feed.intro")));
        var current = feeds.current();
        if (freshToken != null) {
            var address = new TextField(getTranslation("feed.address"));
            address.setValue(publicUrl + "/calendar-feed/" + freshToken + ".ics");
            address.setReadOnly(true);
            address.setWidthFull();
            address.addFocusListener(e -> address.getElement().executeJs("this.inputElement.select()"));
            add(address, new Paragraph(getTranslation("feed.copy-now")));
        } else if (current.isPresent()) {
            add(new Paragraph(getTranslation("feed.active", Formats.dateTime(current.get(), zone, getLocale()))));
        } else {
            add(new Paragraph(getTranslation("feed.none")));
        }
        getFooter().add(new Button(getTranslation("session.close"), e -> close()));
        if (current.isPresent()) {
            var off = new Button(getTranslation("feed.revoke"), e -> {
                feeds.revoke();
                FormProblems.success(getTranslation("feed.revoked"));
                showState(null);
            });
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(off);
        }
        var make = new Button(
                getTranslation(current.isPresent() ? "feed.replace" : "feed.create"), e -> showState(feeds.reset()));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(make);
    }
}
