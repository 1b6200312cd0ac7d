package nl.naober.zgwfake;

import java.util.regex.Pattern;

/**
 * A fault to inject, set through {@code POST /_fake/faults} or {@link FakeControl#addFault(FaultRule)}.
 *
 * @param kind {@code FAIL_NTH}: the {@code nth} matching request (1-based, counted from when the rule was
 *             added) is answered with {@code status}, once; {@code DOWN}: every matching request is answered
 *             with {@code status} for {@code durationMs} (0 or absent: until cleared); {@code DELAY}: every
 *             matching request waits {@code delayMs} before it is handled (use it for slow answers and
 *             client time-outs)
 * @param method HTTP method to match, or null/empty for any
 * @param path   glob on the request path ({@code *} within a segment, {@code **} across), null for any API path
 * @param nth    for FAIL_NTH
 * @param status answer status for FAIL_NTH and DOWN (default 500 and 503)
 * @param durationMs for DOWN
 * @param delayMs for DELAY
 */
public record FaultRule(Kind kind, String method, String path, Integer nth, Integer status, Long durationMs,
        Long delayMs) {

    public enum Kind { FAIL_NTH, DOWN, DELAY }

    public FaultRule {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required (FAIL_NTH, DOWN or DELAY)");
        }
        if (kind == Kind.FAIL_NTH && (nth == null || nth < 1)) {
            throw new IllegalArgumentException("nth (>= 1) is required for FAIL_NTH");
        }
        if (kind == Kind.DELAY && (delayMs == null || delayMs < 0)) {
            throw new IllegalArgumentException("delayMs (>= 0) is required for DELAY");
        }
        if (status != null && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be a 4xx or 5xx code");
        }
    }

    public static FaultRule failNth(String method, String path, int nth) {
        return new FaultRule(Kind.FAIL_NTH, method, path, nth, 500, null, null);
    }

    public static FaultRule down(String path) {
        return new FaultRule(Kind.DOWN, null, path, null, 503, null, null);
    }

    public static FaultRule delay(String method, String path, long delayMs) {
        return new FaultRule(Kind.DELAY, method, path, null, null, null, delayMs);
    }

    boolean matches(String requestMethod, String requestPath) {
        boolean methodMatches = method == null || method.isBlank() || method.equalsIgnoreCase(requestMethod);
        return methodMatches && (path == null || path.isBlank() || glob(path).matcher(requestPath).matches());
    }

    int statusOr(int fallback) {
        return status == null ? fallback : status;
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
