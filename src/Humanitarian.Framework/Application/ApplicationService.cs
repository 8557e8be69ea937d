using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Framework.Application;

/// <summary>Base of application services: each becomes an API controller by convention.</summary>
public abstract class ApplicationService : IApplicationService, ITransientDependency;
