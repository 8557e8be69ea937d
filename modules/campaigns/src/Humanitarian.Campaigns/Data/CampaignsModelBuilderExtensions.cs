using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Data;

public static class CampaignsModelBuilderExtensions
{
    public static void ConfigureCampaigns(this ModelBuilder builder)
    {
        // The module's tables (Cmp*) are mapped here, called from the host's DbContext; none yet.
    }
}
