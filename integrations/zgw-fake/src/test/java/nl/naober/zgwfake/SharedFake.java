package nl.naober.zgwfake;

/**
 * One fake for all test classes of this module (starting one costs seconds on a busy machine); each test
 * resets its state through {@link FakeControl#reset()}. A second municipality's client is configured too.
 */
final class SharedFake {

    /** A second municipality (RSIN is a test value that passes the 11-proof). */
    static final ZgwFakeProperties.Client OTHER_MUNICIPALITY = new ZgwFakeProperties.Client("gemeente-b",
            "a-second-secret-that-is-at-least-32-bytes-long", "002564440");

    private static ZgwFake.Running fake;

    private SharedFake() {
    }

    static synchronized ZgwFake.Running get() {
        if (fake == null) {
            fake = ZgwFake.start(ZgwFake.Options.defaults().withClient(OTHER_MUNICIPALITY));
            Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        }
        return fake;
    }
}
