/**
 * Network kernels of the learned optimizers: per-token linear layers, layer normalisation, GELU/ReLU
 * and unmasked multi-head self-attention, on flat row-major {@code double[]} arrays with weights read
 * from the flat meta-parameter vector θ. {@link org.optimusmotion.optimizer.learned.nn.TensorKernels}
 * is the seam for a faster backend; {@link org.optimusmotion.optimizer.learned.nn.PlainJavaKernels} is
 * the default (fastest at meta-training sizes). Only forward passes exist: PES needs no backpropagation.
 */
package org.optimusmotion.optimizer.learned.nn;
