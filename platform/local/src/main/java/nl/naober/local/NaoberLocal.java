package nl.naober.local;

import java.util.List;

/** The README's run command: the whole stack with demo data, and what runs where. */
public final class NaoberLocal {

    private NaoberLocal() {
    }

    public static void main(String[] args) throws Exception {
        StackSettings settings = StackSettings.local();
        NaoberStack stack = NaoberStack.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "naober-local-stop"));
        List<DemoData.Login> logins = new DemoData(stack).provision();
        print(stack, logins);
        MailPrinter.follow(stack.mail());
        Thread.currentThread().join();
    }

    private static void print(NaoberStack stack, List<DemoData.Login> logins) {
        StringBuilder table = new StringBuilder();
        for (DemoData.Login login : logins) {
            table.append(String.format(" %-12s %-16s %-42s %s%n", login.municipality(), login.role(), login.username(),
                    login.villages()));
        }
        System.out.println("""

                ==============================================================================================
                 Naober local stack is running
                ----------------------------------------------------------------------------------------------
                 Open          %1$s/g/dinkelland/   or   %1$s/g/tubbergen/
                 Keycloak      %2$s  (admin console: user admin, password in %3$s/secrets.properties)
                 App (direct)  %4$s  (OpenAPI: %4$s/api/v1/openapi.json)
                 Data & logs   %3$s
                 E-mail        an in-process SMTP server; messages (invitations) are printed below

                 Demo logins (password: %5$s)
                 municipality role             username                                   villages
                %6$s
                 Stop with Ctrl+C; data stays in %3$s
                ==============================================================================================
                """.formatted(stack.gatewayUrl(), stack.keycloak().baseUrl(), stack.home(), stack.appUrl(),
                stack.demoPassword(), table));
    }
}
