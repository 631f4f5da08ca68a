package app.attune.base;

import java.time.ZoneId;

/** The clinic as everyone may see it: its name and the time zone its times are shown in. */
public record ClinicInfo(String name, ZoneId zone) {}
