using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Data;

public static class BeneficiariesModelBuilderExtensions
{
    public static void ConfigureBeneficiaries(this ModelBuilder builder)
    {
        // The module's tables (Ben*) are mapped here, called from the host's DbContext; none yet.
    }
}
