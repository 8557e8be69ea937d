using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Beneficiaries.Verifications;

/// <summary>A round's sampled deliveries out to Excel (.xlsx), at <c>/api/app/delivery-verification/{id}/export-excel</c>.</summary>
public interface IDeliveryVerificationExcelAppService : IApplicationService
{
    /// <summary>One row per sampled delivery, with its outcome and the amount received.</summary>
    Task<IRemoteStreamContent> ExportExcelAsync(Guid id);
}
