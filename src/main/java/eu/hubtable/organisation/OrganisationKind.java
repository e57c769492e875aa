package eu.hubtable.organisation;

public enum OrganisationKind { COMPANY, HUB, CLUSTER, INSTITUTION, SCHOOL }
