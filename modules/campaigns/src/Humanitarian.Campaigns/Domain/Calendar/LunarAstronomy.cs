namespace Humanitarian.Campaigns.Domain.Calendar;

/// <summary>
/// The two instants a lunisolar calendar rests on, after Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998):
/// new moons (chapter 49, accurate to seconds for these centuries) and the sun's apparent longitude (chapter 25,
/// low accuracy, about 0.01° or a quarter of an hour). Days are <see cref="DateOnly.DayNumber"/>s in Vietnam's
/// civil time, UTC+7 (the 105°E meridian), which is what makes the Vietnamese calendar differ from China's.
/// </summary>
internal static class LunarAstronomy
{
    private const double HoursAheadOfUtc = 7;
    private const double JulianDayOfDayNumberZero = 1721425.5; // 0001-01-01 at midnight UTC
    private const double J2000 = 2451545.0;
    private const double Radians = Math.PI / 180;

    /// <summary>Mean length of a lunation in days.</summary>
    public const double SynodicMonth = 29.530588861;

    /// <summary>The local day of the new moon of 6 January 2000, lunation 0 of Meeus' numbering.</summary>
    public static readonly int Lunation0Day = new DateOnly(2000, 1, 6).DayNumber;

    /// <summary>The local day on which lunation <paramref name="k"/> (0 = 6 January 2000) begins.</summary>
    public static int NewMoonDay(int k) => LocalDay(NewMoonJde(k));

    /// <summary>The sun's apparent longitude, in degrees [0, 360), at the local midnight that begins <paramref name="day"/>.</summary>
    public static double SunLongitudeAtStartOf(int day)
    {
        var ut = JulianDayOfDayNumberZero + day - HoursAheadOfUtc / 24;
        var t = (ut + DeltaTDays(ut) - J2000) / 36525;
        var meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        var m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * Radians;
        var centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(m)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * m)
            + 0.000289 * Math.Sin(3 * m);
        var node = (125.04 - 1934.136 * t) * Radians;
        // Apparent = true longitude less aberration and nutation, as the solar terms are published.
        var longitude = meanLongitude + centre - 0.00569 - 0.00478 * Math.Sin(node);
        return ((longitude % 360) + 360) % 360;
    }

    /// <summary>Meeus (49.1) with the corrections of table 49.A for a new moon, in Julian Ephemeris Days (TT).</summary>
    private static double NewMoonJde(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;
        var jde = 2451550.09766 + SynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

        var e = 1 - 0.002516 * t - 0.0000074 * t2; // the eccentricity of Earth's orbit weakens the sun's terms
        var m = Angle(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        var mMoon = Angle(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        var f = Angle(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        var node = Angle(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        jde += -0.40720 * Math.Sin(mMoon)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mMoon)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mMoon - m)
            - 0.00514 * e * Math.Sin(mMoon + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mMoon - 2 * f)
            - 0.00057 * Math.Sin(mMoon + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mMoon + m)
            - 0.00042 * Math.Sin(3 * mMoon)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mMoon - m)
            - 0.00017 * Math.Sin(node)
            - 0.00007 * Math.Sin(mMoon + 2 * m)
            + 0.00004 * Math.Sin(2 * mMoon - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mMoon + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mMoon + 2 * f)
            - 0.00003 * Math.Sin(mMoon + m + 2 * f)
            + 0.00003 * Math.Sin(mMoon - m + 2 * f)
            - 0.00002 * Math.Sin(mMoon - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mMoon + m)
            + 0.00002 * Math.Sin(4 * mMoon);

        // Planetary perturbations: (argument at k = 0, motion per lunation, amplitude in days).
        jde += 0.000325 * Math.Sin(Angle(299.77 + 0.107408 * k - 0.009173 * t2));
        foreach (var (at0, perLunation, amplitude) in PlanetaryTerms)
        {
            jde += amplitude * Math.Sin(Angle(at0 + perLunation * k));
        }
        return jde;
    }

    private static readonly (double At0, double PerLunation, double Amplitude)[] PlanetaryTerms =
    [
        (251.88, 0.016321, 0.000165), (251.83, 26.651886, 0.000164), (349.42, 36.412478, 0.000126),
        (84.66, 18.206239, 0.000110), (141.74, 53.303771, 0.000062), (207.14, 2.453732, 0.000060),
        (154.84, 7.306860, 0.000056), (34.52, 27.261239, 0.000047), (207.19, 0.121824, 0.000042),
        (291.34, 1.844379, 0.000040), (161.72, 24.198154, 0.000037), (239.56, 25.513099, 0.000035),
        (331.55, 3.592518, 0.000023),
    ];

    private static double Angle(double degrees) => degrees % 360 * Radians;

    private static int LocalDay(double jde)
    {
        var ut = jde - DeltaTDays(jde);
        return (int)Math.Floor(ut + HoursAheadOfUtc / 24 - JulianDayOfDayNumberZero);
    }

    /// <summary>
    /// ΔT = TT − UT, linear between values 20 years apart: observed to 2020, then Espenak and Meeus' extrapolation.
    /// A minute off here moves an instant by a minute: it decides a day only for a new moon that close to midnight.
    /// </summary>
    private static double DeltaTDays(double julianDay)
    {
        var year = 2000 + (julianDay - J2000) / 365.25;
        var i = Math.Clamp((int)((year - 1900) / 20), 0, DeltaTSeconds.Length - 2);
        var fraction = (year - 1900 - 20 * i) / 20;
        return (DeltaTSeconds[i] + fraction * (DeltaTSeconds[i + 1] - DeltaTSeconds[i])) / 86400;
    }

    // 1900, 1920, ... 2200.
    private static readonly double[] DeltaTSeconds =
        [-2.7, 21.2, 24.3, 33.2, 50.5, 63.8, 69.4, 84.7, 113.7, 156.9, 202.7, 251.1, 302.1, 349.9, 394.7, 442.1];
}
