package eu.hubtable.matching;

public enum PostKind { SKILL_OR_SERVICE, TENDER_PARTNER, SPACE_OR_EQUIPMENT, CO_PRODUCTION, FUNDING_LEAD }
