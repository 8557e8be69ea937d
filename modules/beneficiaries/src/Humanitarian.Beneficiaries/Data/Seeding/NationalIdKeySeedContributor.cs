using Humanitarian.Beneficiaries.Services.Addresses;
using Humanitarian.Framework.Data;

namespace Humanitarian.Beneficiaries.Data.Seeding;

/// <summary>The deployment's national-ID hash key, made (or read) at every start, with the host's seeding.</summary>
public sealed class NationalIdKeySeedContributor(NationalIdProtector nationalIds) : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context)
    {
        if (context.TenantId is null)
        {
            await nationalIds.EnsureKeyAsync();
        }
    }
}
