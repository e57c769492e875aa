package eu.hubtable.agenda;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synthesis a working group hands on: the agenda with planned and actual times, notes, outcomes
 * and action items, as Markdown in the reader's language. Members' text is escaped, so nothing they
 * typed turns into markup, links or images.
 */
@Service
public class AgendaExport {

    private final Agendas agendas;
    private final I18NProvider i18n;

    AgendaExport(Agendas agendas, I18NProvider i18n) {
        this.agendas = agendas;
        this.i18n = i18n;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String markdown(long agendaId, Locale locale) {
        AgendaSheet sheet = agendas.sheet(agendaId);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(sheet.sessionTitle())).append("\n\n");
        md.append(ZonedDateTime.ofInstant(sheet.plannedStart(), sheet.zone()).format(dateTime)).append(" (").append(sheet.zone().getId())
                .append(") · ").append(t(locale, "agenda.total.planned", sheet.plannedMinutes()));
        if (sheet.actualSeconds() > 0) {
            md.append(" · ").append(t(locale, "agenda.total.actual", minutes(sheet.actualSeconds())));
        }
        md.append("\n\n| # | ").append(t(locale, "agenda.column.time")).append(" | ").append(t(locale, "agenda.column.item"))
                .append(" | ").append(t(locale, "agenda.column.owner")).append(" | ").append(t(locale, "agenda.column.planned"))
                .append(" | ").append(t(locale, "agenda.column.actual")).append(" | ").append(t(locale, "agenda.column.status"))
                .append(" |\n|---|---|---|---|---|---|---|\n");
        for (AgendaSheet.Item item : sheet.items()) {
            md.append("| ").append(item.position() + 1).append(" | ")
                    .append(ZonedDateTime.ofInstant(item.plannedStart(), sheet.zone()).format(time)).append(" | ")
                    .append(inline(item.title())).append(" | ").append(inline(owner(locale, item))).append(" | ")
                    .append(item.plannedMinutes()).append(" | ")
                    .append(item.actualSeconds() == null ? "" : minutes(item.actualSeconds())).append(" | ")
                    .append(t(locale, "agenda.status." + item.status().name())).append(" |\n");
        }
        for (AgendaSheet.Item item : sheet.items()) {
            md.append("\n## ").append(item.position() + 1).append(". ").append(inline(item.title())).append("\n");
            section(md, t(locale, "agenda.item.notes"), item.notes());
            section(md, t(locale, "agenda.item.outcome"), item.outcome());
            if (!sheet.actionsOf(item.id()).isEmpty()) {
                md.append("\n**").append(t(locale, "agenda.actions")).append("**\n\n");
                for (AgendaSheet.Action action : sheet.actionsOf(item.id())) {
                    md.append("- [").append(action.done() ? "x" : " ").append("] ").append(inline(action.text()));
                    if (action.assigneeId() != null) {
                        md.append(" — ").append(inline(action.assigneeName() == null ? t(locale, "member.former")
                                : action.assigneeName()));
                    }
                    if (action.dueOn() != null) {
                        md.append(" — ").append(t(locale, "action.due-on", action.dueOn().toString()));
                    }
                    md.append("\n");
                }
            }
        }
        return md.toString();
    }

    private String owner(Locale locale, AgendaSheet.Item item) {
        if (item.ownerId() == null) {
            return "";
        }
        return item.ownerName() == null ? t(locale, "member.former") : item.ownerName();
    }

    private static void section(StringBuilder md, String title, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        md.append("\n**").append(title).append("**\n\n");
        text.lines().forEach(line -> md.append(inline(line)).append("  \n"));
    }

    private static String minutes(int seconds) {
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    /** Members' text as literal Markdown text: every character that could start markup is escaped. */
    static String inline(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            if ("\\`*_{}[]()<>#+-.!|~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
