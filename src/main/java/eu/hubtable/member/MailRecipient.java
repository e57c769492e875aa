package eu.hubtable.member;

import java.util.Locale;

/** Where and how to write to a member: their address, the name to greet, their language. */
public record MailRecipient(String email, String name, Locale locale) {
}
