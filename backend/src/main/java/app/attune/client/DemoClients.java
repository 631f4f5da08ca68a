package app.attune.client;

import app.attune.security.AccountLookup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's eight clients across both therapists and every status; Zoë, Farid and Minh have portal logins.
 * Loads only under the demo profile and only what is missing. Every person here is invented.
 */
@Component
@Profile("demo")
@Order(30)
class DemoClients implements ApplicationRunner {

    private final ClientRepository clients;
    private final ConcernRepository concerns;
    private final AccountLookup accounts;
    private final Clock clock;

    DemoClients(ClientRepository clients, ConcernRepository concerns, AccountLookup accounts, Clock clock) {
        this.clients = clients;
        this.concerns = concerns;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID leila = therapist("leila@clearmind.example");
        UUID sam = therapist("sam@clearmind.example");
        add(
                leila,
                form(
                        "Zoë Tremblay",
                        null,
                        "she/her",
                        "1991-04-12",
                        "zoe@clearmind.example",
                        "902 555 0101",
                        ClientStatus.ACTIVE,
                        "English"),
                Set.of("anxiety", "relationships"),
                "zoe@clearmind.example",
                null);
        add(
                leila,
                form(
                        "Farid Ahmadi",
                        null,
                        "he/him",
                        "1986-09-30",
                        "farid@clearmind.example",
                        "902 555 0102",
                        ClientStatus.ACTIVE,
                        "Farsi"),
                Set.of("newcomer", "trauma"),
                "farid@clearmind.example",
                null);
        add(
                leila,
                form(
                        "فاطمه رحیمی",
                        "Fatemeh",
                        "she/her",
                        "1995-01-08",
                        "fatemeh.rahimi@example.com",
                        "+1 782 555 0103",
                        ClientStatus.PROSPECT,
                        "Farsi"),
                Set.of("newcomer", "anxiety"),
                null,
                null);
        add(
                leila,
                form(
                        "Aoife O'Brien",
                        null,
                        "she/her",
                        "1979-06-21",
                        "aoife.obrien@example.com",
                        "902 555 0104",
                        ClientStatus.INACTIVE,
                        "English"),
                Set.of("grief"),
                null,
                null);
        add(
                sam,
                form(
                        "Nguyễn Văn Minh",
                        "Minh",
                        "he/him",
                        "1998-11-02",
                        "minh@clearmind.example",
                        "902 555 0105",
                        ClientStatus.ACTIVE,
                        "Vietnamese"),
                Set.of("stress-burnout"),
                "minh@clearmind.example",
                null);
        add(
                sam,
                form(
                        "Daniel Okafor",
                        "Dan",
                        "he/him",
                        "1983-03-15",
                        "daniel.okafor@example.com",
                        "902 555 0106",
                        ClientStatus.ACTIVE,
                        "English"),
                Set.of("depression"),
                null,
                null);
        add(
                sam,
                form(
                        "Marie-Ève Landry",
                        null,
                        "she/her",
                        "1990-07-27",
                        "marie-eve.landry@example.com",
                        "(902) 555-0107",
                        ClientStatus.ACTIVE,
                        "French"),
                Set.of("relationships"),
                null,
                "Goals reached; closed by mutual agreement.");
        add(
                sam,
                form(
                        "Priya Sharma",
                        null,
                        "they/them",
                        "2001-02-19",
                        "priya.sharma@example.com",
                        "902 555 0108",
                        ClientStatus.PROSPECT,
                        "English"),
                Set.of("anxiety", "stress-burnout"),
                null,
                null);
    }

    private UUID therapist(String email) {
        return accounts.find(email)
                .orElseThrow(() -> new IllegalStateException("Demo therapist missing"))
                .id();
    }

    private void add(
            UUID therapist,
            ClientForm form,
            Set<String> concernCodes,
            @Nullable String portalEmail,
            @Nullable String dischargeReason) {
        if (!clients.findByEmailIgnoringCase(form.email(), null).isEmpty()) {
            return;
        }
        var chosen = concerns.findAll().stream()
                .filter(c -> concernCodes.contains(c.getCode()))
                .collect(Collectors.toSet());
        var client = new Client(therapist, form, chosen, clock.instant());
        if (portalEmail != null) {
            accounts.find(portalEmail).ifPresent(a -> client.linkPortalAccount(a.id(), clock.instant()));
        }
        if (dischargeReason != null) {
            client.discharge(LocalDate.now(clock).minusMonths(2), dischargeReason, clock.instant());
        }
        clients.save(client);
    }

    private static ClientForm form(
            String legal,
            @Nullable String preferred,
            String pronouns,
            String born,
            String email,
            String phone,
            ClientStatus status,
            String language) {
        return new ClientForm(
                legal,
                preferred,
                pronouns,
                LocalDate.parse(born),
                email,
                phone,
                null,
                language,
                null,
                null,
                null,
                status,
                Set.of(),
                LocalDate.parse("2026-01-15"),
                true);
    }
}
