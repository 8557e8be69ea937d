using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.Addresses;

/// <summary>
/// Writes to the audit log who read which records' sensitive data (national ID, HIV/AIDS, health) and
/// when: one entry per record shown with any, saved at once since a read has no unit of work to join.
/// </summary>
public sealed class SensitiveDataReads(AuditedActions auditedActions, IAbpEfCoreDbContext dbContext) : ITransientDependency
{
    public async Task RecordAsync(IEnumerable<HumanitarianAddress> shown, string how)
    {
        var read = shown.Where(a => a.HasSensitiveData).ToList();
        if (read.Count == 0)
        {
            return;
        }
        foreach (var address in read)
        {
            auditedActions.Add(typeof(HumanitarianAddress), address.Id.ToString(), EntityChangeType.Read, ("SensitiveData", null, how));
        }
        await dbContext.SaveChangesAsync();
    }
}
