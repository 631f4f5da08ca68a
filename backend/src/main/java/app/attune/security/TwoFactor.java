package app.attune.security;

import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.base.Tokens;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in for therapists and admins: a six-digit code from an authenticator app (TOTP, 30-second steps, one
 * step of clock drift either way), or one of ten single-use recovery codes. Each code works once: a code from a time
 * step at or before the last one accepted is refused.
 *
 * @see "docs/decisions/011-sign-in.md"
 */
@Service
public class TwoFactor {

    static final int STEP_SECONDS = 30;
    static final int RECOVERY_CODES = 10;
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern RECOVERY = Pattern.compile("[a-z0-9]{16}");

    private final UserAccountRepository users;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ClinicService clinics;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordEncoder encoder;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    TwoFactor(
            UserAccountRepository users,
            JdbcClient jdbc,
            CurrentUser currentUser,
            ClinicService clinics,
            ApplicationEventPublisher events,
            Clock clock,
            PasswordEncoder encoder) {
        this.users = users;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clinics = clinics;
        this.events = events;
        this.clock = clock;
        this.encoder = encoder;
    }

    /** The signed-in staff member's two-step sign-in. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public TwoFactorStatus status() {
        var me = me();
        return new TwoFactorStatus(me.hasTwoFactor(), recoveryCodesLeft(me.getId()), requiredForStaffNow());
    }

    /**
     * Starts setting up two-step sign-in with a new secret, shown as a QR code. Nothing changes at sign-in until
     * {@link #confirm} accepts a first code; starting again replaces the secret.
     *
     * @throws InvalidInputException two-step sign-in is already on
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public TwoFactorEnrolment start() {
        var me = me();
        if (me.hasTwoFactor()) {
            throw new InvalidInputException("code", "Two-step sign-in is already on.");
        }
        String secret = new DefaultSecretGenerator(32).generate();
        me.startTwoFactor(secret, clock.instant());
        String issuer = clinics.clinic().name();
        String uri = new QrData.Builder()
                .label(me.getEmail())
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(STEP_SECONDS)
                .build()
                .getUri();
        return new TwoFactorEnrolment(QrSvg.draw(uri, "QR code for your authenticator app"), groupsOfFour(secret));
    }

    /**
     * Turns two-step sign-in on once the app's first code matches, and returns ten new recovery codes, shown only now.
     *
     * @throws InvalidInputException set-up wasn't started, or the code doesn't match
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public List<String> confirm(String code) {
        var me = me();
        if (me.hasTwoFactor()) {
            throw new InvalidInputException("code", "Two-step sign-in is already on.");
        }
        if (me.getTotpSecret() == null) {
            throw new InvalidInputException("code", "Please start the set-up again: scan the new QR code first.");
        }
        var step = matchingStep(me.getTotpSecret(), code);
        if (step.isEmpty()) {
            throw new InvalidInputException("code", wrongCode());
        }
        me.enableTwoFactor(clock.instant());
        users.saveAndFlush(me);
        users.useStep(me.getId(), step.getAsLong());
        var recovery = replaceRecoveryCodes(me.getId());
        publish(me, AccountEvent.Kind.TWO_FACTOR_ON);
        return recovery;
    }

    /**
     * Replaces the recovery codes with ten new ones, after a current code from the app (or a recovery code).
     *
     * @throws InvalidInputException two-step sign-in is off, or the code doesn't match
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public List<String> renewRecoveryCodes(String code) {
        var me = requireCode(code);
        var recovery = replaceRecoveryCodes(me.getId());
        publish(me, AccountEvent.Kind.RECOVERY_CODES_RENEWED);
        return recovery;
    }

    /**
     * Turns two-step sign-in off, after a current code from the app (or a recovery code).
     *
     * @throws InvalidInputException the clinic requires it, it is off, or the code doesn't match
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void turnOff(String code) {
        if (requiredForStaffNow()) {
            throw new InvalidInputException(
                    "code",
                    "Your clinic asks every therapist and admin to use two-step sign-in, so it can't be turned off.");
        }
        var me = requireCode(code);
        me.disableTwoFactor(clock.instant());
        jdbc.sql("delete from recovery_code where user_id = :user")
                .param("user", me.getId())
                .update();
        publish(me, AccountEvent.Kind.TWO_FACTOR_OFF);
    }

    /** Whether the clinic requires two-step sign-in for every therapist and admin. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public boolean requiredForStaff() {
        return requiredForStaffNow();
    }

    /** Requires (or stops requiring) two-step sign-in for every therapist and admin. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void requireForStaff(boolean required) {
        jdbc.sql("""
                update sign_in_policy set require_staff_two_factor = :required, updated_at = :at, version = version + 1
                where id = 1""")
                .param("required", required)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        var me = me();
        events.publishEvent(new AccountEvent(
                me.getId(),
                me.getRole(),
                AccountEvent.Kind.SIGN_IN_POLICY_CHANGED,
                required ? "two-step sign-in required for staff" : "two-step sign-in optional for staff"));
    }

    /** Whether this account signs in with a second step. Asked during sign-in, before anyone is signed in. */
    @Transactional(readOnly = true)
    boolean isOn(UUID userId) {
        return users.findById(userId).map(UserAccount::hasTwoFactor).orElse(false);
    }

    /**
     * Checks a sign-in's second step: an app code not used before, or an unused recovery code, which is then spent.
     * Asked during sign-in, before anyone is signed in.
     */
    @Transactional
    boolean verifyAtSignIn(UUID userId, String code) {
        var user = users.findById(userId).filter(UserAccount::hasTwoFactor).orElse(null);
        if (user == null) {
            return false;
        }
        return spend(user, code);
    }

    private UserAccount requireCode(String code) {
        var me = me();
        if (!me.hasTwoFactor()) {
            throw new InvalidInputException("code", "Two-step sign-in is off.");
        }
        if (!spend(me, code)) {
            throw new InvalidInputException("code", wrongCode());
        }
        return me;
    }

    /** Accepts and uses up an app code or a recovery code. */
    private boolean spend(UserAccount user, String code) {
        var step = matchingStep(user.getTotpSecret(), code);
        if (step.isPresent()) {
            // Atomic, so two requests racing with one code can't both win.
            return users.useStep(user.getId(), step.getAsLong()) == 1;
        }
        String recovery = recoveryForm(code);
        String stored = recovery == null
                ? null
                : unusedRecoveryCodes(user.getId()).stream()
                        .filter(hash -> recoveryMatches(recovery, hash))
                        .findFirst()
                        .orElse(null);
        if (stored != null
                && jdbc.sql("""
                update recovery_code set used_at = :at where user_id = :user and code_hash = :hash and used_at is null""")
                                .param("at", Timestamp.from(clock.instant()))
                                .param("user", user.getId())
                                .param("hash", stored)
                                .update()
                        == 1) {
            events.publishEvent(new AccountEvent(
                    user.getId(),
                    user.getRole(),
                    AccountEvent.Kind.RECOVERY_CODE_USED,
                    recoveryCodesLeft(user.getId()) + " left"));
            return true;
        }
        return false;
    }

    private OptionalLong matchingStep(@Nullable String secret, @Nullable String code) {
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (secret == null || !SIX_DIGITS.matcher(digits).matches()) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / STEP_SECONDS;
        byte[] given = digits.getBytes(StandardCharsets.US_ASCII);
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(given, generate(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private String generate(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> unusedRecoveryCodes(UUID userId) {
        return jdbc.sql("select code_hash from recovery_code where user_id = :user and used_at is null")
                .param("user", userId)
                .query((rs, n) -> rs.getString(1))
                .list();
    }

    /**
     * Recovery codes hold about 83 bits, less than the 112 below which ASVS 6.5.2 asks for a salted, slow hash: new
     * ones are stored with the password encoder (bcrypt). Codes made before V015 keep their SHA-256 until they are
     * used or renewed.
     */
    private boolean recoveryMatches(String recovery, String hash) {
        if (hash.startsWith("{")) {
            return encoder.matches(recovery, hash);
        }
        return MessageDigest.isEqual(
                Tokens.hash(recovery).getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }

    /** A recovery code as stored: letters and digits only, lower case, so dashes, spaces and case don't matter. */
    private static @Nullable String recoveryForm(@Nullable String code) {
        if (code == null) {
            return null;
        }
        String plain = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return RECOVERY.matcher(plain).matches() ? plain : null;
    }

    private List<String> replaceRecoveryCodes(UUID userId) {
        jdbc.sql("delete from recovery_code where user_id = :user")
                .param("user", userId)
                .update();
        var generated = new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES);
        String[] hashes = Arrays.stream(generated)
                .map(code -> encoder.encode(recoveryForm(code)))
                .toArray(String[]::new);
        // All of them in one statement (decision 016: many rows are one insert over arrays).
        jdbc.sql("""
                insert into recovery_code (user_id, code_hash, created_at)
                select :user, hash, :at from unnest(cast(:hashes as text[])) as hash""")
                .param("user", userId)
                .param("at", Timestamp.from(clock.instant()))
                .param("hashes", hashes)
                .update();
        return Arrays.asList(generated);
    }

    private int recoveryCodesLeft(UUID userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = :user and used_at is null")
                .param("user", userId)
                .query(Integer.class)
                .single();
    }

    private boolean requiredForStaffNow() {
        return Boolean.TRUE.equals(jdbc.sql("select require_staff_two_factor from sign_in_policy where id = 1")
                .query(Boolean.class)
                .single());
    }

    private UserAccount me() {
        return users.findById(currentUser.require().id()).orElseThrow();
    }

    private void publish(UserAccount user, AccountEvent.Kind kind) {
        events.publishEvent(new AccountEvent(user.getId(), user.getRole(), kind, null));
    }

    private static String wrongCode() {
        return "That code doesn't match. Please type the newest code from your authenticator app.";
    }

    private static String groupsOfFour(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
