using Humanitarian.Framework.Localization;

namespace Humanitarian.Awards.Localization;

[LocalizationResourceName("Awards")]
public sealed class AwardsResource;
