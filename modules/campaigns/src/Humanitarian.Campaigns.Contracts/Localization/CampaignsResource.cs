using Humanitarian.Framework.Localization;

namespace Humanitarian.Campaigns.Localization;

[LocalizationResourceName("Campaigns")]
public sealed class CampaignsResource;
