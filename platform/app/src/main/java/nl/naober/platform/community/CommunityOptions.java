package nl.naober.platform.community;

import java.util.Arrays;
import java.util.List;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.web.FormOption;

/** Choices of the fixed lists, with their texts under {@code community.<list>.<code>}. */
final class CommunityOptions {

    private CommunityOptions() {
    }

    static List<FormOption> of(Enum<?>[] values, String list) {
        return Arrays.stream(values)
                .map(v -> FormOption.message(CodedValue.code(v), "community." + list + "." + CodedValue.code(v)))
                .toList();
    }
}
