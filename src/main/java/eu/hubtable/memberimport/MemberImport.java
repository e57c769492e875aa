package eu.hubtable.memberimport;

import eu.hubtable.core.csv.SpreadsheetCells;
import com.vaadin.flow.i18n.I18NProvider;
import eu.hubtable.core.i18n.SupportedLocales;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.Platform;
import eu.hubtable.core.security.Role;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.core.vocabulary.Languages;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.Invitations;
import eu.hubtable.member.MemberAccounts;
import eu.hubtable.member.ProfileForm;
import eu.hubtable.member.Profiles;
import eu.hubtable.memberimport.ImportRow.Outcome;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.OrganisationProfile;
import eu.hubtable.organisation.Organisations;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hub and cluster managers import their members from a spreadsheet. A preview says, row by row,
 * what would happen; the import then stores the importable rows in one transaction (all or
 * nothing): new people get an account and an invitation link, existing members join the hub.
 */
@Service
public class MemberImport {

    private final CurrentMember currentMember;
    private final Organisations organisations;
    private final MemberAccounts accounts;
    private final Profiles profiles;
    private final Invitations invitations;
    private final I18NProvider i18n;
    private final TransactionTemplate transaction;

    MemberImport(CurrentMember currentMember, Organisations organisations, MemberAccounts accounts, Profiles profiles,
            Invitations invitations, I18NProvider i18n, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.currentMember = currentMember;
        this.organisations = organisations;
        this.accounts = accounts;
        this.profiles = profiles;
        this.invitations = invitations;
        this.i18n = i18n;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ImportPreview preview(long organisationId, byte[] file) {
        OrganisationProfile hub = requireHubManager(organisationId);
        ImportFile.Parsed parsed = ImportFile.parse(file);
        return new ImportPreview(organisationId, parsed.columns(), evaluate(hub, parsed.lines()));
    }

    /** Imports the importable rows of a preview, or nothing: if anything changed since the preview, it is refused. */
    @PreAuthorize("isAuthenticated()")
    public ImportResult importRows(ImportPreview preview) {
        OrganisationProfile hub = requireHubManager(preview.organisationId());
        try {
            // rights were checked above, for this organisation: opening accounts is the platform's job,
            // in one transaction: every row or none
            return Platform.call(() -> transaction.execute(status -> {
                List<ImportRow> now = evaluate(hub, preview.rows().stream()
                        .map(row -> new ImportFile.Line(row.line(), row.values())).toList());
                if (!now.equals(preview.rows())) {
                    throw new ImportRefused("import.changed-meanwhile");
                }
                return store(hub.id(), now);
            }));
        } catch (DataIntegrityViolationException | eu.hubtable.member.RegistrationRejected raced) {
            // someone registered one of these addresses since the preview
            throw new ImportRefused("import.changed-meanwhile");
        }
    }

    /** The rows that were not imported, as CSV, each with the reasons in an extra "error" column. */
    public byte[] rejectedRowsCsv(ImportPreview preview, BiFunction<String, Object[], String> translate) {
        List<String> header = new ArrayList<>(preview.columns());
        header.add("error");
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (ImportRow row : preview.rejected()) {
                List<String> cells = new ArrayList<>();
                preview.columns().forEach(column -> cells.add(safeCell(row.value(column))));
                cells.add(row.problems().stream().map(key -> translate.apply(key, new Object[0])).collect(Collectors.joining(" ")));
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    private ImportResult store(long organisationId, List<ImportRow> rows) {
        List<ImportResult.Invited> invited = new ArrayList<>();
        int existing = 0;
        Map<String, Long> known = accounts.idsByEmail(rows.stream().map(r -> email(r.value("email"))).toList());
        for (ImportRow row : rows) {
            MembershipRole role = "manager".equalsIgnoreCase(row.value("role")) ? MembershipRole.MANAGER : MembershipRole.MEMBER;
            if (row.outcome() == Outcome.EXISTING_MEMBER) {
                organisations.addMember(organisationId, known.get(email(row.value("email"))), role);
                existing++;
            } else if (row.outcome() == Outcome.NEW_MEMBER) {
                long id = accounts.createInvited(row.value("name"), email(row.value("email")), Locale.ENGLISH,
                        blankToNull(row.value("headline")), blankToNull(row.value("city")), country(row.value("country")));
                ProfileForm blank = profiles.of(id);
                profiles.updateOf(id, new ProfileForm(blank.version(), blank.displayName(), blank.headline(), null, blank.city(),
                        blank.countryCode(), languages(row.value("languages")), sectors(row.value("sectors")).orElseThrow(),
                        Set.copyOf(list(row.value("skills"))), null, null, null, null, blank.contactVisibility()));
                organisations.addMember(organisationId, id, role);
                invited.add(new ImportResult.Invited(row.value("name"), email(row.value("email")), invitations.issue(id)));
            }
        }
        return new ImportResult(invited, existing);
    }

    private List<ImportRow> evaluate(OrganisationProfile hub, List<ImportFile.Line> lines) {
        Set<Long> alreadyIn = hub.people().stream().map(OrganisationProfile.Person::memberId).collect(Collectors.toSet());
        Map<String, Long> known = Platform.call(() -> accounts.idsByEmail(lines.stream()
                .map(l -> email(l.values().getOrDefault("email", ""))).filter(MemberAccounts::isEmailAddress).distinct().toList()));
        Map<String, Integer> firstLine = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>();
        for (ImportFile.Line line : lines) {
            Map<String, String> v = line.values();
            String email = email(v.getOrDefault("email", ""));
            List<String> problems = new ArrayList<>();
            if (!MemberAccounts.isEmailAddress(email)) {
                problems.add("import.row.email");
            } else if (firstLine.putIfAbsent(email, line.number()) != null) {
                problems.add("import.row.duplicate");
            }
            String name = v.getOrDefault("name", "").strip();
            if (name.length() < 2 || name.length() > 80) {
                problems.add("import.row.name");
            }
            if (!v.getOrDefault("country", "").isBlank() && country(v.get("country")) == null) {
                problems.add("import.row.country");
            }
            if (!list(v.getOrDefault("languages", "")).stream().allMatch(l -> Languages.isKnown(l.toLowerCase(Locale.ROOT)))) {
                problems.add("import.row.language");
            }
            if (sectors(v.getOrDefault("sectors", "")).isEmpty()) {
                problems.add("import.row.sector");
            }
            List<String> skills = list(v.getOrDefault("skills", ""));
            if (skills.size() > Profiles.MAX_SKILLS || skills.stream().anyMatch(s -> s.length() > Profiles.MAX_SKILL)) {
                problems.add("import.row.skills");
            }
            String role = v.getOrDefault("role", "");
            if (!role.isBlank() && !role.equalsIgnoreCase("member") && !role.equalsIgnoreCase("manager")) {
                problems.add("import.row.role");
            }
            Long existing = known.get(email);
            if (existing != null && alreadyIn.contains(existing) && !problems.contains("import.row.duplicate")) {
                problems.add("import.row.already-member");
            }
            Outcome outcome = !problems.isEmpty() ? Outcome.REJECTED : existing != null ? Outcome.EXISTING_MEMBER : Outcome.NEW_MEMBER;
            rows.add(new ImportRow(line.number(), Map.copyOf(v), outcome, List.copyOf(problems)));
        }
        return List.copyOf(rows);
    }

    private OrganisationProfile requireHubManager(long organisationId) {
        OrganisationProfile hub = organisations.profile(organisationId).orElseThrow(() -> new AccessDeniedException("No organisation " + organisationId));
        boolean admin = currentMember.require().hasRole(Role.ADMIN);
        if (!hub.managing() && !admin) {
            throw new AccessDeniedException("Only managers of organisation " + organisationId + " import members");
        }
        if (hub.kind() != OrganisationKind.HUB && hub.kind() != OrganisationKind.CLUSTER) {
            throw new ImportRefused("import.hubs-only");
        }
        return hub;
    }

    /** A sector by its name ("MUSIC", "xr immersive") or its English or French label ("Musique"). */
    private Optional<Set<Sector>> sectors(String cell) {
        Set<Sector> sectors = new LinkedHashSet<>();
        for (String item : list(cell)) {
            Optional<Sector> sector = java.util.Arrays.stream(Sector.values()).filter(s -> matches(s, item)).findFirst();
            if (sector.isEmpty()) {
                return Optional.empty();
            }
            sectors.add(sector.get());
        }
        return Optional.of(sectors);
    }

    private boolean matches(Sector sector, String item) {
        String wanted = item.strip().toLowerCase(Locale.ROOT);
        if (sector.name().equalsIgnoreCase(wanted.replaceAll("[\\s-]+", "_"))) {
            return true;
        }
        return SupportedLocales.ALL.stream().anyMatch(locale ->
                i18n.getTranslation(sector.translationKey(), locale).strip().toLowerCase(locale).equals(item.strip().toLowerCase(locale)));
    }

    private static Set<String> languages(String cell) {
        return list(cell).stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static String country(String cell) {
        String code = cell.strip().toUpperCase(Locale.ROOT);
        return Countries.isKnown(code) ? code : null;
    }

    private static List<String> list(String cell) {
        return java.util.Arrays.stream(cell.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String email(String cell) {
        return cell.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    static String safeCell(String value) {
        return SpreadsheetCells.safe(value);
    }
}
