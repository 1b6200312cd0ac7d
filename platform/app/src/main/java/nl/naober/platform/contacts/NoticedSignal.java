package nl.naober.platform.contacts;

/** What the supporter noticed during a contact (F7, signaleren), beyond the question itself. */
enum NoticedSignal {
    LONELINESS, MONEY_WORRIES, OVERBURDENED_CARER, MEMORY_PROBLEMS, SELF_NEGLECT, FALL_RISK, HOUSING_PROBLEMS,
    MENTAL_HEALTH, DIGITAL_EXCLUSION, UNSAFE_HOME
}
