package eu.hubtable.member;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Address;

/** A member's profile with its contact details, written as a vCard 4.0 for address books. */
final class ContactCard {

    private ContactCard() {
    }

    static String of(MemberProfile profile) {
        MemberProfile.ContactDetails contact = profile.contact().orElseThrow();
        VCard card = new VCard();
        card.setFormattedName(profile.displayName());
        if (profile.headline() != null) {
            card.addTitle(profile.headline());
        }
        if (profile.city() != null || profile.countryCode() != null) {
            Address address = new Address();
            address.setLocality(profile.city());
            address.setCountry(profile.countryCode());
            card.addAddress(address);
        }
        card.addEmail(contact.email());
        if (contact.phone() != null) {
            card.addTelephoneNumber(contact.phone());
        }
        if (contact.website() != null) {
            card.addUrl(contact.website());
        }
        profile.links().forEach(card::addUrl);
        contact.links().forEach(card::addUrl);
        return Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).go();
    }
}
