package eu.hubtable.organisation;

import eu.hubtable.core.vocabulary.WebAddress;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.organisation.OrganisationRejected.Field;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Reads and writes organisation pages and venues, validated here; rights are checked by
 * {@link Organisations} before anything arrives. Every update names the version it started from.
 */
@Component
class OrganisationPages {

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_ACCESSIBILITY = 500;

    private final JdbcClient jdbc;

    OrganisationPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganisationProfile> profile(long id, boolean managing) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        jdbc.sql("select sector from organisation_sector where organisation_id = :id").param("id", id)
                .query(String.class).list().forEach(s -> sectors.add(Sector.valueOf(s)));
        List<OrganisationProfile.Person> people = jdbc.sql("""
                select m.id, m.display_name, ms.role from organisation_membership ms join member m on m.id = ms.member_id
                where ms.organisation_id = :id and m.status = 'ACTIVE'
                order by ms.role = 'MANAGER' desc, m.display_name""")
                .param("id", id)
                .query((rs, n) -> new OrganisationProfile.Person(rs.getLong(1), rs.getString(2), MembershipRole.valueOf(rs.getString(3))))
                .list();
        List<Venue> venues = venuesOf(id);
        return jdbc.sql("select id, name, kind, city, country_code, description, website, version from organisation where id = :id")
                .param("id", id)
                .query((rs, n) -> new OrganisationProfile(rs.getLong(1), rs.getString(2), OrganisationKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), sectors, people, venues, managing,
                        rs.getLong(8)))
                .optional();
    }

    void update(long id, OrganisationForm form, Instant now) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        String name = form.name().strip();
        if (name.length() < 2 || name.length() > MAX_NAME) {
            problems.put(Field.NAME, "organisation.name.length");
        } else if (jdbc.sql("select count(*) from organisation where name = :name and id <> :id").param("name", name).param("id", id)
                .query(Integer.class).single() > 0) {
            problems.put(Field.NAME, "organisation.name.taken");
        }
        String city = blankToNull(form.city());
        if (city != null && city.length() > 80) {
            problems.put(Field.CITY, "organisation.city.too-long");
        }
        if (form.countryCode() != null && !Countries.isKnown(form.countryCode())) {
            problems.put(Field.COUNTRY, "profile.country.unknown");
        }
        if (form.description() != null && form.description().length() > MAX_DESCRIPTION) {
            problems.put(Field.DESCRIPTION, "organisation.description.too-long");
        }
        String website = blankToNull(form.website());
        if (website != null && !WebAddress.isValid(website, 255)) {
            problems.put(Field.WEBSITE, "profile.website.invalid");
        }
        if (!problems.isEmpty()) {
            throw new OrganisationRejected(problems);
        }
        int changed;
        try {
            changed = jdbc.sql("""
                    update organisation set name = :name, city = :city, country_code = :country, description = :description,
                        website = :website, updated_at = :now, version = version + 1
                    where id = :id and version = :version""")
                    .param("name", name).param("city", city).param("country", blankToNull(form.countryCode()))
                    .param("description", blankToNull(form.description())).param("website", website)
                    .param("now", Timestamp.from(now)).param("id", id).param("version", form.version()).update();
        } catch (DuplicateKeyException taken) {
            throw new OrganisationRejected(Map.of(Field.NAME, "organisation.name.taken"));
        }
        if (changed == 0) {
            throw new OrganisationRejected(Map.of(Field.VERSION, "organisation.changed-elsewhere"));
        }
        jdbc.sql("delete from organisation_sector where organisation_id = :id").param("id", id).update();
        form.sectors().forEach(sector -> jdbc.sql("insert into organisation_sector (organisation_id, sector) values (:id, :sector)")
                .param("id", id).param("sector", sector.name()).update());
    }

    List<Venue> venuesOf(long organisationId) {
        return jdbc.sql("select * from venue where organisation_id = :id order by name, id").param("id", organisationId)
                .query(OrganisationPages::venue).list();
    }

    Optional<Venue> venue(long venueId) {
        return jdbc.sql("select * from venue where id = :id").param("id", venueId).query(OrganisationPages::venue).optional();
    }

    long addVenue(long organisationId, VenueForm form) {
        validate(form);
        if (jdbc.sql("select kind from organisation where id = :id").param("id", organisationId).query(String.class).single()
                .matches("COMPANY|INSTITUTION|SCHOOL")) {
            // a company's office hosts events too, but venues are listed by the hubs and clusters that book them
            throw new OrganisationRejected(Map.of(Field.NAME, "venue.hubs-only"));
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into venue (organisation_id, name, address, capacity, accessibility_notes)
                values (:org, :name, :address, :capacity, :notes)""")
                .param("org", organisationId).param("name", form.name().strip()).param("address", form.address().strip())
                .param("capacity", form.capacity()).param("notes", blankToNull(form.accessibilityNotes())).update(key);
        return key.getKey().longValue();
    }

    void updateVenue(long venueId, VenueForm form) {
        validate(form);
        int changed = jdbc.sql("""
                update venue set name = :name, address = :address, capacity = :capacity, accessibility_notes = :notes,
                    version = version + 1
                where id = :id and version = :version""")
                .param("name", form.name().strip()).param("address", form.address().strip()).param("capacity", form.capacity())
                .param("notes", blankToNull(form.accessibilityNotes())).param("id", venueId).param("version", form.version())
                .update();
        if (changed == 0) {
            throw new OrganisationRejected(Map.of(Field.VERSION, "venue.changed-elsewhere"));
        }
    }

    void removeVenue(long venueId) {
        jdbc.sql("delete from venue where id = :id").param("id", venueId).update();
    }

    private static void validate(VenueForm form) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (form.name().isBlank() || form.name().strip().length() > 120) {
            problems.put(Field.NAME, "venue.name.length");
        }
        if (form.address().isBlank() || form.address().strip().length() > 255) {
            problems.put(Field.ADDRESS, "venue.address.length");
        }
        if (form.capacity() == null || form.capacity() < 1 || form.capacity() > 100_000) {
            problems.put(Field.CAPACITY, "venue.capacity.range");
        }
        if (form.accessibilityNotes() != null && form.accessibilityNotes().length() > MAX_ACCESSIBILITY) {
            problems.put(Field.ACCESSIBILITY, "venue.accessibility.too-long");
        }
        if (!problems.isEmpty()) {
            throw new OrganisationRejected(problems);
        }
    }

    private static Venue venue(ResultSet rs, int n) throws SQLException {
        return new Venue(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"), rs.getString("address"),
                rs.getInt("capacity"), rs.getString("accessibility_notes"), rs.getLong("version"));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
