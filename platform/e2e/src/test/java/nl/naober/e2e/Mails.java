package nl.naober.e2e;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.local.NaoberStack;

/** Reads the in-process SMTP server's inbox, as a colleague reads hers. */
final class Mails {

    private static final Pattern ACTION_LINK = Pattern.compile("(https?://\\S+?/login-actions/action-token\\?\\S+?)(?=[\\s\"<]|$)");

    private Mails() {
    }

    /** The newest message to {@code address}, waiting up to 20 s for it. */
    static MimeMessage awaitMessageTo(NaoberStack stack, String address) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(stack.mail().getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(address)).reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No e-mail to " + address);
    }

    /** The set-password link in Keycloak's action e-mail. */
    static String actionLink(MimeMessage message) throws Exception {
        Matcher link = ACTION_LINK.matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("No action link in: " + text(message));
        }
        return link.group(1).replace("&amp;", "&");
    }

    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                all.append(part.getContent()).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            return "";
        }
    }
}
