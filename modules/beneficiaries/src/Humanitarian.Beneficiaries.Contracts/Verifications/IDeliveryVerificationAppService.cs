using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Verifications;

/// <summary>
/// Delivery verification rounds at <c>/api/app/delivery-verification</c>: a random sample of a period's
/// deliveries, checked with the addresses, giving the share that really arrived per sponsor and per unit.
/// </summary>
public interface IDeliveryVerificationAppService : IApplicationService
{
    Task<PagedResultDto<DeliveryVerificationDto>> GetListAsync(DeliveryVerificationListInput input);

    Task<DeliveryVerificationWithItemsDto> GetAsync(Guid id);

    /// <summary>Draws the sample from the period's deliveries that the caller can see.</summary>
    Task<DeliveryVerificationWithItemsDto> CreateAsync(CreateDeliveryVerificationDto input);

    /// <summary><c>POST /{id}/record</c>: one sampled delivery's outcome.</summary>
    Task<DeliveryVerificationItemDto> RecordAsync(Guid id, RecordVerificationOutcomeDto input);

    /// <summary><c>GET /{id}/rates</c>.</summary>
    Task<DeliveryVerificationRatesDto> GetRatesAsync(Guid id);
}
