using System.Globalization;

namespace Humanitarian.Framework.Localization;

/// <summary>
/// Formats and texts in a given culture for a while — a reminder written in Vietnamese whoever triggers
/// it, a job run in its enqueuer's language — and the caller's cultures back on dispose, exception or not.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private CultureScope()
    {
    }

    /// <param name="cultureName">Dates and numbers; unchanged when null or empty.</param>
    /// <param name="uiCultureName">Texts; unchanged when null or empty.</param>
    public static CultureScope Use(string? cultureName, string? uiCultureName)
    {
        var scope = new CultureScope();
        if (cultureName is { Length: > 0 })
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
        }
        if (uiCultureName is { Length: > 0 })
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(uiCultureName);
        }
        return scope;
    }

    /// <summary>Texts only (e-mails format their dates and amounts themselves).</summary>
    public static CultureScope UseTexts(string uiCultureName) => Use(null, uiCultureName);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
