package nl.naober.platform.carers;

/** How a carer came on the appreciation list: registered by the supporter, or she applied herself. */
enum AppreciationChannel {
    SUPPORTER_REGISTERED, CARER_APPLIED;

    String dutchLabel() {
        return this == SUPPORTER_REGISTERED ? "door dorpsondersteuner" : "door mantelzorger zelf";
    }
}
