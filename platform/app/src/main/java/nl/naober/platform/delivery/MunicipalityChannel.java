package nl.naober.platform.delivery;

/**
 * How one municipality receives intakes: the channel, and the settings of that channel ({@code zgw}
 * for {@link DeliveryChannel#ZGW}, {@code email} for {@link DeliveryChannel#EMAIL}).
 */
public record MunicipalityChannel(DeliveryChannel channel, ZgwSettings zgw, EmailSettings email) {

    static final MunicipalityChannel INBOX_ONLY = new MunicipalityChannel(DeliveryChannel.INBOX, null, null);

    public MunicipalityChannel {
        channel = channel == null ? DeliveryChannel.INBOX : channel;
    }
}
