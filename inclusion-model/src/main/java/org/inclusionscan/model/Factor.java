package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The 24 working factors, each in one domain. */
public enum Factor implements HasId {
    /** Laws and regulations. The rules that set what the organisation must and may do, and which rights its target public can claim. Reporting the barriers they create is part of it too. */
    LEGISLATION("legislation", Domain.ENVIRONMENT),
    /** Stakeholders. Everyone with a stake in the work: first the target public, then partners, volunteers, local residents and political actors. */
    STAKEHOLDERS("stakeholders", Domain.ENVIRONMENT),
    /** Inspiring practices nearby. Good examples in the area, also from other sectors, that the organisation learns from and swaps experience with. */
    INSPIRING_PRACTICES("inspiring-practices", Domain.ENVIRONMENT),
    /** Layout of the neighbourhood. How the neighbourhood is put together: public space, facilities and meeting places, and how well the organisation knows it and keeps track of it. */
    LOCAL_ENVIRONMENT("local-environment", Domain.ENVIRONMENT),
    /** Advocates, bridge figures and key figures. People who connect the organisation, its target public and the neighbourhood: advocates, key figures, experts by experience and long-standing residents. */
    BRIDGE_FIGURES("bridge-figures", Domain.ENVIRONMENT),

    /** Vision. How far the mission and vision treat social inclusion, networks and the neighbourhood as a starting point rather than a side issue. */
    VISION("vision", Domain.ORGANISATION),
    /** Organisational culture. What lives inside the organisation: whether inclusion can be felt in the atmosphere, reception and communication, and whether excluding behaviour is addressed. */
    ORGANISATIONAL_CULTURE("organisational-culture", Domain.ORGANISATION),
    /** Leadership. The role of management and board: do they lead by example and free up time, people and resources for inclusive work?. */
    LEADERSHIP("leadership", Domain.ORGANISATION),
    /** Structure. How tasks, responsibilities and decision-making power are shared, and whether staff, volunteers and service users have a say. */
    STRUCTURE("structure", Domain.ORGANISATION),
    /** History. The organisation's past: the habits, reputation and contacts built up over the years, and whether they help or hold it back today. */
    HISTORY("history", Domain.ORGANISATION),
    /** Own infrastructure. The organisation's own building and rooms: how accessible, welcoming and open they are to the target public and the neighbourhood. */
    INFRASTRUCTURE("infrastructure", Domain.ORGANISATION),
    /** Administrative processes. Registration, forms, rules and opening hours: do they put up barriers, or make the services easier to reach?. */
    ADMINISTRATION("administration", Domain.ORGANISATION),
    /** Services and activities. The organisation's activities and services, and how well they match the needs, strengths and character of the neighbourhood. */
    OFFER("offer", Domain.ORGANISATION),

    /** Staff vision. How staff and volunteers themselves view inclusion, networks and the neighbourhood, and whether they see it as part of their job. */
    STAFF_VISION("staff-vision", Domain.STAFF),
    /** Staff skills and tools. The knowledge, skills, methods and training staff can draw on to work on inclusion, loneliness and neighbourhood-oriented practice. */
    STAFF_EQUIPMENT("staff-equipment", Domain.STAFF),
    /** Benefits experienced by staff. What inclusive, neighbourhood-oriented work brings staff themselves, and what they see it doing for the target public. */
    STAFF_BENEFITS("staff-benefits", Domain.STAFF),
    /** Working method. How the organisation introduces staff and volunteers to inclusive work, supports them and gives them room to experiment. */
    STAFF_APPROACH("staff-approach", Domain.STAFF),

    /** Image and self-image. How others see the target public and how people see themselves: in terms of deficits and taboos, or of talents and possibilities. */
    IMAGE("image", Domain.TARGET_PUBLIC),
    /** Active citizenship and participation. How far the target public, as active citizens, helps to think, decide and build in the organisation and the neighbourhood. */
    PARTICIPATION("participation", Domain.TARGET_PUBLIC),
    /** Socially valued roles. Chances for people to take on a role that others value, in the organisation or the neighbourhood, matched to their interests and talents. */
    VALUED_ROLES("valued-roles", Domain.TARGET_PUBLIC),
    /** Benefits experienced by the target public. What the target public itself gains from being more rooted and involved in the neighbourhood: support, contacts, well-being and recognition. */
    PUBLIC_BENEFITS("public-benefits", Domain.TARGET_PUBLIC),
    /** Information. The information people have or lack to find their way in the neighbourhood: activities, services, places and rights. */
    INFORMATION("information", Domain.TARGET_PUBLIC),
    /** Network vitality. The size and above all the quality of the target public's social network, from close ties to light contacts in the neighbourhood. */
    NETWORK_VITALITY("network-vitality", Domain.TARGET_PUBLIC),
    /** Life domains. How people take part in the different areas of their lives: education, faith, work, housing, leisure and participation. */
    LIFE_DOMAINS("life-domains", Domain.TARGET_PUBLIC);

    private final String id;
    private final Domain domain;

    Factor(String id, Domain domain) {
        this.id = id;
        this.domain = domain;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The domain the factor belongs to.
     *
     * @return the domain
     */
    public Domain domain() {
        return domain;
    }

    /**
     * The constant with this id, as JSON and rule files write it.
     *
     * @param id the id, e.g. as in a scan
     * @return the constant
     * @throws UnknownIdException when no constant has the id; the message lists the valid ids
     */
    @JsonCreator
    public static Factor fromId(String id) {
        return HasId.fromId(Factor.class, "factor", id);
    }
}
