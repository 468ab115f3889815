package pact.reports.open311;

import java.util.Set;

/**
 * The address a call came from, for the anonymous read limit. X-Forwarded-For is believed only
 * when the connection itself comes from a trusted proxy; then the nearest address in the chain
 * that is not a trusted proxy is the caller (addresses further left were written by the caller
 * and prove nothing).
 */
public final class CallerAddress {
    private CallerAddress() {
    }

    public static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (peer == null) {
            return "unknown";
        }
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String caller = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (hop.isEmpty()) {
                break;
            }
            caller = hop;
            if (!trustedProxies.contains(hop)) {
                break;
            }
        }
        return caller;
    }
}
