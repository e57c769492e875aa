package eu.hubtable.member;

/** How directory results are sorted. */
public enum DirectoryOrder { NAME, CITY, NEWEST }
