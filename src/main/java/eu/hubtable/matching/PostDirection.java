package eu.hubtable.matching;

/** Whether a post offers something or seeks it. */
public enum PostDirection { OFFER, NEED }
