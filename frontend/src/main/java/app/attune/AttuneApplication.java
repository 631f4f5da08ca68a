package app.attune;

import app.attune.base.DatabaseStartupCheck;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * @see "docs/decisions/001-modules-and-features.md"
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/attune.css")
public class AttuneApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        var app = new SpringApplication(AttuneApplication.class);
        app.addListeners(new DatabaseStartupCheck());
        app.run(args);
    }
}
