using System.Globalization;

namespace Humanitarian.Web.AbpApplicationConfiguration;

/// <summary>A culture as ABP's clients read it (ABP's <c>CurrentCultureDto</c>; <c>name</c> beside <c>cultureName</c>).</summary>
public sealed record CurrentCultureDto(
    string Name, string CultureName, string DisplayName, string EnglishName, string NativeName,
    string TwoLetterIsoLanguageName, string ThreeLetterIsoLanguageName, bool IsRightToLeft)
{
    public static CurrentCultureDto From(CultureInfo culture) => new(
        culture.Name, culture.Name, culture.NativeName, culture.EnglishName, culture.NativeName,
        culture.TwoLetterISOLanguageName, culture.ThreeLetterISOLanguageName, culture.TextInfo.IsRightToLeft);
}
