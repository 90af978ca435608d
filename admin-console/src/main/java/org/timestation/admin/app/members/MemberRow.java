package org.timestation.admin.app.members;

/**
 * A member as the console lists them: the name and phone masked (王*英, 138****0001), found also by the
 * full name and phone typed into the filter (kept in {@code searchKey}, never shown or exported).
 */
record MemberRow(String id, String maskedName, String maskedPhone, String roles, String balance, String registered, String searchKey) {
}
