package nl.naober.zgwfake;

/** One entry of a {@code ValidatieFout}'s {@code invalidParams}: field name (dotted), code and reason. */
record InvalidParam(String name, String code, String reason) {
}
