package app.attune.network;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.util.NetMaskSet;

/**
 * The reverse proxies whose forwarded headers are believed, as address ranges (CIDR: {@code 10.0.0.0/8},
 * {@code fd00::/8}); a bare address is a range of one ({@code /32} or {@code /128}). Only literal addresses are taken:
 * a host name would make trust depend on DNS.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<String> ranges;
    private final NetMaskSet matcher;

    private TrustedProxies(List<String> ranges) {
        this.ranges = List.copyOf(ranges);
        this.matcher = NetMaskSet.parse(String.join(",", ranges));
    }

    /**
     * Reads the configured entries, blank ones ignored.
     *
     * @throws IllegalArgumentException an entry is not an address or a range, naming it
     */
    public static TrustedProxies of(List<String> entries) {
        var ranges = new ArrayList<String>();
        for (String entry : entries) {
            String range = entry == null ? "" : entry.strip();
            if (!range.isEmpty()) {
                ranges.add(normalised(range));
            }
        }
        return new TrustedProxies(ranges);
    }

    private static String normalised(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        boolean v4 = IPV4.matcher(address).matches();
        if (!v4 && !IPV6.matcher(address).matches()) {
            throw invalid(entry);
        }
        int longest = v4 ? 32 : 128;
        int bits = longest;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw invalid(entry);
            }
        }
        if (bits < 0 || bits > longest) {
            throw invalid(entry);
        }
        String range = address + "/" + bits;
        try {
            NetMaskSet.parse(range);
        } catch (IllegalArgumentException e) {
            throw invalid(entry);
        }
        return range;
    }

    private static IllegalArgumentException invalid(String entry) {
        return new IllegalArgumentException("attune.network.trusted-proxies: '" + entry
                + "' is not an IP address or a range like 10.0.0.0/8 or fd00::/8");
    }

    /** Whether the connection from this literal address comes from one of our own proxies. */
    public boolean trusts(String address) {
        // Only literals: anything else would send the matcher to DNS.
        if (address == null
                || ranges.isEmpty()
                || !(IPV4.matcher(address).matches() || IPV6.matcher(address).matches())) {
            return false;
        }
        try {
            return matcher.contains(address);
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** No proxy is trusted. */
    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** The ranges, comma-separated, each with its prefix length: the form Tomcat's valve reads as CIDRs. */
    String asCidrList() {
        return String.join(",", ranges);
    }

    @Override
    public String toString() {
        return ranges.toString();
    }
}
