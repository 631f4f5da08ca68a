package app.attune.security;

/**
 * What an authenticator app needs: the secret as a QR code (an SVG drawn on the server, so the secret never leaves
 * Attune) and as text, in groups of four, for typing in by hand.
 */
public record TwoFactorEnrolment(String qrSvg, String secretForTyping) {

    /** The secret stays out of logs. */
    @Override
    public String toString() {
        return "TwoFactorEnrolment[…]";
    }
}
