package eu.hubtable.member;

import eu.hubtable.core.vocabulary.WebAddress;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.core.vocabulary.Languages;
import eu.hubtable.member.ProfileRejected.Field;
import eu.hubtable.member.internal.Member;
import eu.hubtable.member.internal.MemberRepository;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members edit their own profile; everything is plain text, validated here, whatever the UI did. */
@Service
public class Profiles {

    public static final int MAX_HEADLINE = 160;
    public static final int MAX_BIO = 4000;
    public static final int MAX_CITY = 80;
    public static final int MAX_OFFER_NEED = 500;
    public static final int MAX_SKILLS = 30;
    public static final int MAX_SKILL = 60;
    public static final int MAX_LINKS = 5;
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,40}$");

    private final MemberRepository members;
    private final CurrentMember currentMember;
    private final Contacts contacts;
    private final Clock clock;

    Profiles(MemberRepository members, CurrentMember currentMember, Contacts contacts, Clock clock) {
        this.members = members;
        this.currentMember = currentMember;
        this.contacts = contacts;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProfileForm mine() {
        return me().toForm();
    }

    /** Saves the signed-in member's profile, or throws {@link ProfileRejected} naming every problem. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ProfileForm updateMine(ProfileForm form) {
        return update(me(), form);
    }

    /** Administrators fill in profiles for others (demo content; imports). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProfileForm updateOf(long memberId, ProfileForm form) {
        return update(members.findById(memberId).orElseThrow(), form);
    }

    /** Another member's editable profile, for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ProfileForm of(long memberId) {
        return members.findById(memberId).orElseThrow().toForm();
    }

    private ProfileForm update(Member member, ProfileForm form) {
        ProfileForm clean = normalised(form);
        Map<Field, String> problems = problems(clean);
        if (problems.isEmpty() && member.getVersion() != form.version()) {
            problems.put(Field.VERSION, "profile.changed-elsewhere");
        }
        if (!problems.isEmpty()) {
            throw new ProfileRejected(problems);
        }
        member.updateProfile(clean, clock.instant());
        return members.saveAndFlush(member).toForm();
    }

    /** Another member's profile; empty when there is no such active member. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MemberProfile> profileOf(long memberId) {
        long viewer = currentMember.id();
        return members.findById(memberId)
                .filter(m -> m.getStatus() == Member.Status.ACTIVE)
                .map(m -> {
                    ProfileForm f = m.toForm();
                    boolean showContact = viewer == memberId || f.contactVisibility() == ContactVisibility.MEMBERS
                            || contacts.areContacts(viewer, memberId);
                    return new MemberProfile(memberId, f.displayName(), f.headline(), f.bio(), f.city(), f.countryCode(),
                            f.languages(), f.sectors(), f.skills(), f.offer(), f.need(), links(f, false), showContact
                                    ? Optional.of(new MemberProfile.ContactDetails(m.getEmail(), f.phone(), f.website(), links(f, true)))
                                    : Optional.empty());
                });
    }

    /**
     * Another member as a vCard (name, headline, place, email, phone, website), under exactly the rule
     * of {@link #profileOf}: empty when this viewer may not see their contact details.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> vCardOf(long memberId) {
        return profileOf(memberId).filter(profile -> profile.contact().isPresent()).map(ContactCard::of);
    }

    /** Skills other members already use, to keep tags consistent ("sound design", not "Sound-Design"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> knownSkills() {
        return members.findKnownSkills();
    }

    private static List<String> links(ProfileForm form, boolean contactsOnly) {
        return form.links().stream().filter(link -> link.contactsOnly() == contactsOnly).map(ProfileLink::url).toList();
    }

    private Member me() {
        return members.findById(currentMember.id()).orElseThrow();
    }

    private static ProfileForm normalised(ProfileForm f) {
        Set<String> skills = new LinkedHashSet<>();
        f.skills().stream().map(s -> s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).forEach(skills::add);
        return new ProfileForm(f.version(), f.displayName().strip(), blankToNull(f.headline()), blankToNull(f.bio()),
                blankToNull(f.city()), blankToNull(f.countryCode()), Set.copyOf(f.languages()), Set.copyOf(f.sectors()),
                Set.copyOf(skills), blankToNull(f.offer()), blankToNull(f.need()), blankToNull(f.phone()),
                blankToNull(f.website()), f.contactVisibility(), normalisedLinks(f.links()));
    }

    /** Blank rows go; a link given twice is kept once (the first, with its choice of who sees it). */
    private static List<ProfileLink> normalisedLinks(List<ProfileLink> links) {
        Map<String, ProfileLink> byUrl = new java.util.LinkedHashMap<>();
        links.stream().filter(link -> !link.url().isBlank())
                .forEach(link -> byUrl.putIfAbsent(link.url().strip(), new ProfileLink(link.url().strip(), link.contactsOnly())));
        return List.copyOf(byUrl.values());
    }

    private static Map<Field, String> problems(ProfileForm f) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (f.displayName().length() < MemberAccounts.MIN_NAME || f.displayName().length() > MemberAccounts.MAX_NAME) {
            problems.put(Field.DISPLAY_NAME, "register.name.length");
        }
        tooLong(problems, Field.HEADLINE, f.headline(), MAX_HEADLINE);
        tooLong(problems, Field.BIO, f.bio(), MAX_BIO);
        tooLong(problems, Field.CITY, f.city(), MAX_CITY);
        tooLong(problems, Field.OFFER, f.offer(), MAX_OFFER_NEED);
        tooLong(problems, Field.NEED, f.need(), MAX_OFFER_NEED);
        if (f.countryCode() != null && !Countries.isKnown(f.countryCode())) {
            problems.put(Field.COUNTRY, "profile.country.unknown");
        }
        if (!f.languages().stream().allMatch(Languages::isKnown)) {
            problems.put(Field.LANGUAGES, "profile.languages.unknown");
        }
        if (f.skills().size() > MAX_SKILLS) {
            problems.put(Field.SKILLS, "profile.skills.too-many");
        } else if (f.skills().stream().anyMatch(s -> s.length() > MAX_SKILL)) {
            problems.put(Field.SKILLS, "profile.skills.too-long");
        }
        if (f.phone() != null && !PHONE.matcher(f.phone()).matches()) {
            problems.put(Field.PHONE, "profile.phone.invalid");
        }
        if (f.website() != null && !WebAddress.isValid(f.website(), 255)) {
            problems.put(Field.WEBSITE, "profile.website.invalid");
        }
        if (f.links().size() > MAX_LINKS) {
            problems.put(Field.LINKS, "profile.links.too-many");
        } else if (!f.links().stream().allMatch(link -> WebAddress.isValid(link.url(), 255))) {
            problems.put(Field.LINKS, "profile.links.invalid");
        }
        return problems;
    }

    private static void tooLong(Map<Field, String> problems, Field field, @Nullable String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problems.put(field, "profile.too-long");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
