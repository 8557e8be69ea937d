namespace Humanitarian.Framework.DependencyInjection;

/// <summary>Registered as transient by convention, under itself and its interfaces.</summary>
public interface ITransientDependency;

/// <summary>Registered as scoped by convention, under itself and its interfaces.</summary>
public interface IScopedDependency;

/// <summary>Registered as singleton by convention, under itself and its interfaces.</summary>
public interface ISingletonDependency;
