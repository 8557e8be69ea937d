using Humanitarian.Framework.Localization;

namespace Humanitarian.Fundraising.Localization;

[LocalizationResourceName("Fundraising")]
public sealed class FundraisingResource;
