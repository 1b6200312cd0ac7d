package nl.naober.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

/** Prints every e-mail the local stack sends (invitations, password resets), so links can be followed. */
final class MailPrinter {

    private MailPrinter() {
    }

    static void follow(GreenMail mail) {
        Thread.ofPlatform().daemon().name("mail-printer").start(() -> {
            int printed = 0;
            while (!Thread.currentThread().isInterrupted()) {
                MimeMessage[] messages = mail.getReceivedMessages();
                for (; printed < messages.length; printed++) {
                    try {
                        System.out.println("\n--- e-mail to " + String.join(", ",
                                java.util.Arrays.stream(messages[printed].getAllRecipients()).map(Object::toString)
                                        .toList()) + ": " + messages[printed].getSubject() + "\n"
                                + GreenMailUtil.getBody(messages[printed]) + "\n---");
                    } catch (Exception e) {
                        System.out.println("--- unreadable e-mail: " + e.getMessage());
                    }
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }
}
