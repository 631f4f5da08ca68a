package app.attune.records.ui;

import app.attune.client.ClientDetails;
import app.attune.client.ui.ClientPageTab;
import app.attune.records.ClientRecordExport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The client page's Records tab: the whole record as PDF and JSON, for an access request. Therapists only. */
@Component
class RecordsTab implements ClientPageTab {

    private final ClientRecordExport export;

    RecordsTab(ClientRecordExport export) {
        this.export = export;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String labelKey() {
        return "client.tab.records";
    }

    @Override
    public boolean shownToAdmins() {
        return false;
    }

    @Override
    public com.vaadin.flow.component.Component content(ClientDetails client) {
        var box = new Div();
        box.addClassName("attune-client-records");
        var pdf = download(
                box.getTranslation("records.export.pdf"),
                () -> export.pdf(client.id()),
                "client-record.pdf",
                "application/pdf");
        var json = download(
                box.getTranslation("records.export.json"),
                () -> export.json(client.id()),
                "client-record.json",
                "application/json");
        var actions = new Div(pdf, json);
        actions.addClassName("attune-buttons");
        box.add(new Paragraph(box.getTranslation("records.intro")), actions);
        return box;
    }

    private static Anchor download(String label, Supplier<byte[]> bytes, String fileName, String type) {
        var anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] content = bytes.get();
                    return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
                }),
                label);
        anchor.addClassName("attune-export");
        return anchor;
    }
}
